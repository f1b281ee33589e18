// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"
#include "revisionscript.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>

namespace Godwit {

// An .ini file read the way Python's configparser reads it for Alembic: sections, "key = value" or
// "key: value", indented continuation lines, whole-line comments (# and ;), a DEFAULT section, keys folded to
// lower case, and %(name)s interpolation with %% for a percent sign.
class IniFile
{
public:
    static Result<IniFile> read(const QString &path, const QHash<QString, QString> &defaults = {});
    static Result<IniFile> parse(const QString &text, const QString &path = {}, const QHash<QString, QString> &defaults = {});

    bool hasSection(const QString &section) const { return m_sections.contains(section); }
    QStringList sections() const { return m_order; }
    bool contains(const QString &section, const QString &key) const;
    // The keys of a section, the DEFAULT ones included (as configparser's items()).
    QStringList keys(const QString &section) const;
    // The value without interpolation, empty when absent.
    QString raw(const QString &section, const QString &key) const;
    // The interpolated value; an error for a missing key or a bad %(...)s reference.
    Result<QString> value(const QString &section, const QString &key) const;
    // Lines of the file where each key of a section was set (for diagnostics).
    int lineOf(const QString &section, const QString &key) const;
    const QList<RevisionDiagnostic> &warnings() const { return m_warnings; }

private:
    struct Entry
    {
        QString value;
        int line = 0;
    };
    Result<QString> interpolate(const QString &section, const QString &key, const QString &value, int depth) const;
    QHash<QString, QHash<QString, Entry>> m_sections;
    QHash<QString, Entry> m_defaults;
    QStringList m_order;
    QString m_path;
    QList<RevisionDiagnostic> m_warnings;
};

// Where an Alembic environment keeps its revision scripts and how it writes new ones, from alembic.ini or
// from version folders given directly.
struct AlembicConfig
{
    QString iniPath;               // empty when made from version folders
    QString section = QStringLiteral("alembic");
    QString scriptLocation;        // absolute folder holding env.py and script.py.mako (may be empty)
    QStringList versionLocations;  // absolute folders, in order
    bool versionLocationsConfigured = false; // set explicitly: new branches need a version path
    bool recursiveVersionLocations = false;
    RevisionFileOrder fileOrder = RevisionFileOrder::Sorted;
    QString fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    int truncateSlugLength = 40;
    QString timezone;              // empty: local time
    QString sqlalchemyUrl;
    QHash<QString, QString> mainOptions; // every option of the section, interpolated (for templates)
    QList<RevisionDiagnostic> diagnostics; // warnings about the configuration

    // script.py.mako of the environment, empty when there is none (the built-in template is then used).
    QString templatePath() const;

    static Result<AlembicConfig> load(const QString &iniPath, const QString &section = QStringLiteral("alembic"));
    static AlembicConfig fromVersionLocations(const QStringList &folders, bool recursive = false);
};

// Splits a version_locations value as Alembic does. separatorKey is "path_separator" (Alembic 1.16+) or
// "version_path_separator" (older); separator is its value, empty when unset (legacy: spaces and commas).
Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorKey, const QString &separator);

// Python's truth values for .ini options ("true", "yes", "on", "y", "t", "1").
bool iniBool(const QString &value);

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::AlembicConfig)
