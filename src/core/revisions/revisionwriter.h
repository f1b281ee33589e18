// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alembicconfig.h"
#include "global/result.h"
#include "revisiongraph.h"

#include <QDateTime>
#include <QStringList>

namespace Godwit {

// What `alembic revision` (or `alembic merge`) is asked for.
struct RevisionRequest
{
    QString message;                                // -m; empty: "empty message"
    QStringList heads = {QStringLiteral("head")};   // --head, or the revisions of a merge ("heads", "label@head", ids)
    bool splice = false;                            // --splice: allow a parent that is not a head
    QStringList branchLabels;                       // --branch-label
    QString versionPath;                            // --version-path
    QString revisionId;                             // --rev-id; empty: 12 random hex digits
    QStringList dependsOn;                          // --depends-on (revisions or branch labels)
    QDateTime createDate;                           // invalid: now

    // `alembic revision --head base --branch-label LABEL --version-path DIR`
    static RevisionRequest newBranch(const QString &message, const QString &label, const QString &versionPath = {});
    // `alembic merge REVISIONS...`
    static RevisionRequest merge(const QString &message, const QStringList &revisions);
};

struct GeneratedRevision
{
    QString path;          // where the script goes
    QString revision;
    QStringList downRevisions;
    QStringList dependsOn; // as written (labels kept, partial ids completed)
    QString source;        // the rendered script
    bool builtinTemplate = false;
};

// Writes revision scripts the way `alembic revision` / `alembic merge` do: same checks, same parent and
// dependency resolution, same file name (file_template, slug), rendered from the environment's
// script.py.mako (or a built-in equivalent of Alembic's generic template). Every script is read back with
// Godwit's own parser before it is written.
class RevisionWriter
{
public:
    RevisionWriter(const AlembicConfig &config, const RevisionGraph &graph);

    Result<GeneratedRevision> generate(const RevisionRequest &request) const; // renders; writes nothing
    Result<GeneratedRevision> write(const RevisionRequest &request) const;    // renders and writes (never overwrites)

    static QString newRevisionId();                        // uuid4().hex[-12:]
    static QString slug(const QString &message, int truncate = 40);
    // file_template with %(rev)s, %(slug)s, %(epoch)s, %(year)d, %(month).2d, ... (Python %-format)
    static Result<QString> fileName(const QString &fileTemplate, const QString &revision, const QString &slug,
                                    const QDateTime &createDate);
    static QString builtinTemplate();
    // str(datetime) as Python prints it: "2024-05-01 12:30:45.123000" (with "+02:00" when zoned)
    static QString pythonDateTime(const QDateTime &dateTime, bool withOffset);

private:
    AlembicConfig m_config;
    RevisionGraph m_graph;
};

} // namespace Godwit
