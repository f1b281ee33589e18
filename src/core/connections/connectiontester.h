// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "db/databasesession.h"

namespace Godwit {

class JobContext;

// Connects, identifies the server (engine or distribution and version) and measures the latency. Meant to
// run inside a job; every path is bounded by a timeout.
Result<ServerInfo> testConnection(const ConnectionProfile &profile, const QString &secret,
                                  const JobContext *job = nullptr);

QJsonObject serverInfoToJson(const ServerInfo &info, const ConnectionProfile &profile);

} // namespace Godwit
