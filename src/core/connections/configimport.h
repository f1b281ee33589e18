// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"

#include <QProcessEnvironment>

namespace Godwit {

// Connection profiles found in an application's own configuration. Secrets found there come back separately
// so the caller can put them into the SecretStore.
struct ImportedConnections
{
    QList<ParsedConnection> connections;
    QStringList warnings; // settings that were found but could not be used
};

// Invenio / InvenioRDM: invenio.cfg (Python assignments): SQLALCHEMY_DATABASE_URI, SEARCH_HOSTS,
// SEARCH_ELASTIC_HOSTS, SEARCH_INDEX_PREFIX. Literal strings, lists of URLs and lists of dicts.
Result<ImportedConnections> importInvenioConfig(const QString &path);
Result<ImportedConnections> importInvenioConfigText(const QString &text, const QString &origin);

// InvenTree: config.yaml's "database:" section, then INVENTREE_DB_* environment variables (which win, as in
// InvenTree itself).
Result<ImportedConnections> importInvenTreeConfig(const QString &path, const QProcessEnvironment &env = {});
Result<ImportedConnections> importInvenTreeConfigText(const QString &yaml, const QProcessEnvironment &env,
                                                      const QString &origin);

// Picks the importer by file name (invenio.cfg / *.cfg / *.py → Invenio, *.yaml / *.yml → InvenTree).
Result<ImportedConnections> importApplicationConfig(const QString &path);

} // namespace Godwit
