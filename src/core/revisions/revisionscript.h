// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Godwit {

class JobContext;

// A finding about revision scripts or their graph, with where it was found. Errors mean Alembic itself would
// refuse the environment (or misread it); warnings are things worth fixing; notes are informative.
struct RevisionDiagnostic
{
    enum Severity { Note, Warning, Error };
    Severity severity = Error;
    QString code;     // stable, machine-readable: "syntax-error", "duplicate-revision", "cycle", ...
    QString message;  // one user-readable line
    QString path;     // script (or alembic.ini) the finding is about, if any
    int line = 0;     // 1-based, 0 when unknown
    QStringList revisions; // revision ids involved

    static QString severityName(Severity severity);
    // "path:line: error: message" (the form compilers use, so editors can jump to it)
    QString toString() const;
};

// What one Alembic revision script declares, read without running Python.
struct RevisionScript
{
    QString revision;
    QStringList downRevisions;  // empty for a root (down_revision = None)
    QStringList dependsOn;      // revisions or branch labels, as written
    QStringList branchLabels;   // as written (own labels only)
    QString message;            // the docstring's first paragraph, as `alembic history` shows it
    QString longDoc;            // the whole docstring, stripped
    QString createDate;         // "Create Date:" from the docstring, verbatim
    QString docRevisionId;      // "Revision ID:" from the docstring (informative, linted)
    QString docRevises;         // "Revises:" from the docstring
    QString path;               // absolute path of the .py file
    QString versionLocation;    // the version folder it was found in
    int revisionLine = 0;       // line of the `revision =` assignment (0: taken from the file name)
    int downRevisionLine = 0;
    int branchLabelsLine = 0;
    int dependsOnLine = 0;
    bool downRevisionIsTuple = false; // written as a tuple or list (even of one element)
    bool legacyRevisionFromFileName = false;

    bool isMerge() const { return downRevisions.size() > 1; }
};

// The result of reading one script. When the script cannot be understood, ok is false and the first
// diagnostic (an Error) says why and where; otherwise diagnostics holds warnings about the script.
struct ParsedRevisionScript
{
    bool ok = false;
    RevisionScript script;
    QList<RevisionDiagnostic> diagnostics;

    const RevisionDiagnostic &error() const { return diagnostics.first(); }
};

// Reads the module-level assignments of an Alembic revision script (revision, down_revision, branch_labels,
// depends_on and the docstring): strings in any quoting, None, tuples and lists (across lines, with trailing
// commas and comments), type-annotated assignments and references to module-level constants. Nothing is run.
ParsedRevisionScript parseRevisionSource(const QByteArray &source, const QString &path);
ParsedRevisionScript parseRevisionFile(const QString &path);

// Whether Alembic would load this file name as a revision script (*.py, not __init__.py, not an editor
// lock file ".#...").
bool isRevisionScriptFileName(const QString &fileName);

// The order scripts are read in, which decides Alembic's tie-breaks (the order of heads, of history
// branches). Alembic 1.10 and later sort file names; older versions take the directory's own order.
enum class RevisionFileOrder { Sorted, Directory };

struct RevisionScan
{
    QList<RevisionScript> scripts;          // in the order Alembic loads them (locations in order, directory order)
    QList<RevisionDiagnostic> diagnostics;  // scripts that could not be read, missing folders, ...
    int filesRead = 0;
};

// Reads every revision script in the version locations, in order. With recursive (Alembic's
// recursive_version_locations) sub-folders are read too (__pycache__ excepted), depth first like os.walk.
RevisionScan scanVersionLocations(const QStringList &locations, bool recursive = false,
                                  RevisionFileOrder order = RevisionFileOrder::Sorted, JobContext *job = nullptr);

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::RevisionDiagnostic)
Q_DECLARE_METATYPE(Godwit::RevisionScript)
