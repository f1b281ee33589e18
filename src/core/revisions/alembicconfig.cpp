// SPDX-License-Identifier: GPL-3.0-or-later
#include "alembicconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Godwit {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::AlembicConfig", text); }

const QString kDefault = QStringLiteral("DEFAULT");

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

} // namespace

Result<IniFile> IniFile::read(const QString &path, const QHash<QString, QString> &defaults)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, f.errorString()));
    return parse(QString::fromUtf8(f.readAll()), path, defaults);
}

Result<IniFile> IniFile::parse(const QString &text, const QString &path, const QHash<QString, QString> &defaults)
{
    IniFile ini;
    ini.m_path = path;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        ini.m_defaults.insert(it.key().toLower(), Entry{it.value(), 0});

    static const QRegularExpression sectionRe(QStringLiteral("^\\[(.+)\\]"));
    static const QRegularExpression optionRe(QStringLiteral("^(.*?)\\s*([=:])\\s*(.*)$"));
    QString section;          // current section, empty before the first
    QString key;              // current option (continuation lines extend it)
    int keyIndent = 0;
    QStringList lines = text.split(u'\n');

    auto store = [&ini](const QString &sec, const QString &k, const QString &value, int line) {
        if (sec == kDefault)
            ini.m_defaults.insert(k, Entry{value, line});
        else
            ini.m_sections[sec].insert(k, Entry{value, line});
    };
    auto append = [&ini](const QString &sec, const QString &k, const QString &more) {
        Entry &e = sec == kDefault ? ini.m_defaults[k] : ini.m_sections[sec][k];
        e.value += u'\n' + more;
    };

    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString stripped = line.trimmed();
        if (stripped.startsWith(u'#') || stripped.startsWith(u';'))
            continue; // a comment, even inside a continued value
        if (stripped.isEmpty())
            continue;
        const int indent = indentOf(line);
        if (!section.isEmpty() && !key.isEmpty() && indent > keyIndent) {
            append(section, key, stripped);
            continue;
        }
        keyIndent = indent;
        const auto sm = sectionRe.match(stripped);
        if (sm.hasMatch() && indent == 0) {
            section = sm.captured(1);
            key.clear();
            if (section != kDefault && ini.m_sections.contains(section))
                return Error::make(ErrorKind::InvalidInput,
                                   tr("%1:%2: section “%3” appears twice").arg(path).arg(n + 1).arg(section));
            if (section != kDefault) {
                ini.m_sections.insert(section, {});
                ini.m_order.append(section);
            }
            continue;
        }
        if (section.isEmpty())
            return Error::make(ErrorKind::InvalidInput, tr("%1:%2: a value before the first [section]").arg(path).arg(n + 1));
        const auto om = optionRe.match(stripped);
        if (!om.hasMatch() || om.captured(1).trimmed().isEmpty())
            return Error::make(ErrorKind::InvalidInput,
                               tr("%1:%2: cannot read “%3” (expected key = value)").arg(path).arg(n + 1).arg(stripped));
        key = om.captured(1).trimmed().toLower();
        const bool duplicate = section == kDefault ? ini.m_defaults.contains(key) && ini.m_defaults.value(key).line > 0
                                                   : ini.m_sections.value(section).contains(key);
        if (duplicate)
            ini.m_warnings.append({RevisionDiagnostic::Warning, QStringLiteral("ini-duplicate-option"),
                                   tr("option “%1” is set twice in [%2]; Python's configparser refuses such a file").arg(key, section),
                                   path, n + 1, {}});
        store(section, key, om.captured(3).trimmed(), n + 1);
    }
    return ini;
}

bool IniFile::contains(const QString &section, const QString &key) const
{
    const QString k = key.toLower();
    return m_sections.value(section).contains(k) || m_defaults.contains(k);
}

QStringList IniFile::keys(const QString &section) const
{
    QStringList out = m_sections.value(section).keys();
    for (auto it = m_defaults.cbegin(); it != m_defaults.cend(); ++it)
        if (!out.contains(it.key()))
            out.append(it.key());
    out.sort();
    return out;
}

QString IniFile::raw(const QString &section, const QString &key) const
{
    const QString k = key.toLower();
    const auto sec = m_sections.constFind(section);
    if (sec != m_sections.cend() && sec->contains(k))
        return sec->value(k).value;
    return m_defaults.value(k).value;
}

int IniFile::lineOf(const QString &section, const QString &key) const
{
    const QString k = key.toLower();
    const auto sec = m_sections.constFind(section);
    if (sec != m_sections.cend() && sec->contains(k))
        return sec->value(k).line;
    return m_defaults.value(k).line;
}

Result<QString> IniFile::value(const QString &section, const QString &key) const
{
    if (!contains(section, key))
        return Error::make(ErrorKind::NotFound, tr("no option “%1” in [%2]").arg(key, section));
    return interpolate(section, key, raw(section, key), 1);
}

Result<QString> IniFile::interpolate(const QString &section, const QString &key, const QString &value, int depth) const
{
    if (depth > 10)
        return Error::make(ErrorKind::InvalidInput, tr("option “%1” in [%2]: interpolation nested too deeply").arg(key, section));
    static const QRegularExpression ref(QStringLiteral("^%\\(([^)]+)\\)s"));
    QString out;
    QString rest = value;
    while (!rest.isEmpty()) {
        const int p = rest.indexOf(u'%');
        if (p < 0) {
            out += rest;
            break;
        }
        out += rest.left(p);
        rest = rest.mid(p);
        const QChar c = rest.size() > 1 ? rest.at(1) : QChar();
        if (c == u'%') {
            out += u'%';
            rest = rest.mid(2);
        } else if (c == u'(') {
            const auto m = ref.match(rest);
            if (!m.hasMatch())
                return Error::make(ErrorKind::InvalidInput,
                                   tr("option “%1” in [%2]: bad interpolation “%3”").arg(key, section, rest.left(40)));
            const QString var = m.captured(1).toLower();
            rest = rest.mid(m.capturedLength());
            if (!contains(section, var))
                return Error::make(ErrorKind::InvalidInput,
                                   tr("option “%1” in [%2] refers to %(%3)s, which is not set (write %% for a percent sign)")
                                       .arg(key, section, var));
            const QString v = raw(section, var);
            if (v.contains(u'%')) {
                auto inner = interpolate(section, var, v, depth + 1);
                if (!inner)
                    return inner;
                out += inner.value();
            } else {
                out += v;
            }
        } else {
            return Error::make(ErrorKind::InvalidInput,
                               tr("option “%1” in [%2]: '%' must be followed by '%' or '(' (write %% for a percent sign)").arg(key, section));
        }
    }
    return out;
}

bool iniBool(const QString &value)
{
    static const QStringList truthy = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                                       QStringLiteral("y"),    QStringLiteral("t"),   QStringLiteral("1")};
    return truthy.contains(value.trimmed().toLower());
}

Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorKey, const QString &separator)
{
    QStringList parts;
    if (separator.isEmpty()) {
        // Legacy behaviour: commas and runs of spaces (line breaks too: a multi-line value means separate paths).
        static const QRegularExpression legacy(QStringLiteral(",\\s*|\\s+"));
        parts = value.split(legacy);
    } else {
        QString sep;
        if (separator == QLatin1String("os"))
            sep = QDir::listSeparator();
        else if (separator == QLatin1String("space"))
            sep = QStringLiteral(" ");
        else if (separator == QLatin1String("newline"))
            sep = QStringLiteral("\n");
        else if (separator == QLatin1String(":") || separator == QLatin1String(";"))
            sep = separator;
        else
            return Error::make(ErrorKind::InvalidInput,
                               tr("'%1' is not a valid value for %2; expected 'space', 'newline', 'os', ':', ';'").arg(separator, separatorKey));
        parts = value.split(sep);
    }
    QStringList out;
    for (const QString &p : std::as_const(parts))
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    return out;
}

QString AlembicConfig::templatePath() const
{
    if (scriptLocation.isEmpty())
        return {};
    const QString p = scriptLocation + QStringLiteral("/script.py.mako");
    return QFileInfo::exists(p) ? p : QString();
}

namespace {

// A folder named in the configuration: absolute, relative to alembic.ini's folder, or a package resource
// "package.sub:path" found next to alembic.ini or under prepend_sys_path.
Result<QString> resolveLocation(const QString &location, const QString &baseDir, const QStringList &searchRoots, const QString &what)
{
    static const QRegularExpression resource(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.]*):(.*)$"));
    const auto m = resource.match(location);
    if (m.hasMatch() && !QDir::isAbsolutePath(location)) {
        const QString package = m.captured(1);
        const QString sub = m.captured(2);
        for (const QString &root : searchRoots) {
            const QString dir = QDir(root).absoluteFilePath(QString(package).replace(u'.', u'/'));
            if (QFileInfo(dir).isDir())
                return QDir::cleanPath(sub.isEmpty() ? dir : dir + u'/' + sub);
        }
        return Error::make(ErrorKind::NotFound,
                           tr("cannot find the Python package “%1” named in %2 “%3” (Godwit looks next to alembic.ini and in "
                              "prepend_sys_path); give the version folders with --versions instead")
                               .arg(package, what, location));
    }
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(location));
}

} // namespace

Result<AlembicConfig> AlembicConfig::load(const QString &iniPath, const QString &section)
{
    const QFileInfo fi(iniPath);
    if (!fi.exists())
        return Error::make(ErrorKind::NotFound, tr("No config file “%1” found.").arg(iniPath));
    const QString here = fi.absolutePath();
    auto parsed = IniFile::read(fi.absoluteFilePath(), {{QStringLiteral("here"), here}});
    if (!parsed)
        return parsed.error();
    const IniFile &ini = parsed.value();
    if (!ini.hasSection(section))
        return Error::make(ErrorKind::InvalidInput, tr("The config file “%1” has no [%2] section.").arg(iniPath, section));

    AlembicConfig c;
    c.iniPath = fi.absoluteFilePath();
    c.section = section;
    c.diagnostics = ini.warnings();
    for (const QString &key : ini.keys(section)) {
        auto v = ini.value(section, key);
        if (v)
            c.mainOptions.insert(key, v.value());
    }
    auto option = [&](const QString &key) -> Result<QString> {
        if (!ini.contains(section, key))
            return QString();
        return ini.value(section, key);
    };

    auto location = option(QStringLiteral("script_location"));
    if (!location)
        return location.error();
    if (location->isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("No 'script_location' key found in [%1] of %2.").arg(section, iniPath));

    QStringList roots{here};
    if (auto sysPath = option(QStringLiteral("prepend_sys_path")); sysPath && !sysPath->isEmpty()) {
        static const QRegularExpression split(QStringLiteral(",\\s*|\\s+|:"));
        for (const QString &p : sysPath->split(split))
            if (!p.isEmpty())
                roots.append(QDir(here).absoluteFilePath(p));
    }
    auto script = resolveLocation(location.value(), here, roots, QStringLiteral("script_location"));
    if (!script)
        return script.error();
    c.scriptLocation = script.value();
    if (!QFileInfo(c.scriptLocation).isDir())
        return Error::make(ErrorKind::NotFound, tr("The script_location folder %1 does not exist.").arg(c.scriptLocation));

    auto versions = option(QStringLiteral("version_locations"));
    if (!versions)
        return versions.error();
    if (!versions->trimmed().isEmpty()) {
        QString key = QStringLiteral("path_separator");
        if (!ini.contains(section, key))
            key = QStringLiteral("version_path_separator");
        QString separator;
        if (ini.contains(section, key)) {
            auto sep = option(key);
            if (!sep)
                return sep.error();
            separator = sep->trimmed();
            // "os  # Use os.pathsep." (the comment of Alembic 1.8's own template) is not a comment to configparser.
            static const QRegularExpression inlineComment(QStringLiteral("\\s+[#;].*$"));
            if (separator.contains(inlineComment)) {
                separator.remove(inlineComment);
                c.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("ini-inline-comment"),
                                      tr("%1 has an inline comment; Alembic reads it as part of the value and may refuse it "
                                         "(move the comment to its own line)").arg(key),
                                      c.iniPath, ini.lineOf(section, key), {}});
            }
        }
        auto split = splitVersionLocations(versions.value(), key, separator);
        if (!split)
            return split.error();
        for (const QString &v : split.value()) {
            auto resolved = resolveLocation(v, here, roots, QStringLiteral("version_locations"));
            if (!resolved)
                return resolved.error();
            c.versionLocations.append(resolved.value());
        }
        c.versionLocationsConfigured = true;
    }
    if (c.versionLocations.isEmpty())
        c.versionLocations = QStringList{c.scriptLocation + QStringLiteral("/versions")};

    c.recursiveVersionLocations = iniBool(option(QStringLiteral("recursive_version_locations")).value());
    if (auto t = option(QStringLiteral("file_template")); t && !t->isEmpty())
        c.fileTemplate = t.value();
    if (auto t = option(QStringLiteral("truncate_slug_length")); t && !t->isEmpty()) {
        bool ok = false;
        const int n = t->toInt(&ok);
        if (ok && n > 0)
            c.truncateSlugLength = n;
        else
            c.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("ini-bad-value"),
                                  tr("truncate_slug_length “%1” is not a positive number").arg(t.value()), c.iniPath,
                                  ini.lineOf(section, QStringLiteral("truncate_slug_length")), {}});
    }
    if (auto t = option(QStringLiteral("timezone")); t)
        c.timezone = t->trimmed();
    if (auto t = option(QStringLiteral("sqlalchemy.url")); t)
        c.sqlalchemyUrl = t->trimmed();
    return c;
}

AlembicConfig AlembicConfig::fromVersionLocations(const QStringList &folders, bool recursive)
{
    AlembicConfig c;
    for (const QString &f : folders)
        c.versionLocations.append(QDir::cleanPath(QFileInfo(f).absoluteFilePath()));
    c.versionLocationsConfigured = c.versionLocations.size() > 1;
    c.recursiveVersionLocations = recursive;
    // The usual layout (migrations/versions next to env.py and script.py.mako) gives the template too.
    if (!c.versionLocations.isEmpty()) {
        const QString parent = QFileInfo(c.versionLocations.first()).absolutePath();
        if (QFileInfo::exists(parent + QStringLiteral("/script.py.mako")) || QFileInfo::exists(parent + QStringLiteral("/env.py")))
            c.scriptLocation = parent;
    }
    return c;
}

} // namespace Godwit
