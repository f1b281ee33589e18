// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionwriter.h"
#include "makotemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace Godwit {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::RevisionWriter", text); }

Error writerError(const QString &message) { return Error::make(ErrorKind::InvalidInput, message); }

// Alembic's tuple_rev_as_scalar: nothing → None, one → the value, several → the sequence.
TemplateValue scalarOrSequence(const QStringList &values, TemplateValue::Kind sequence)
{
    if (values.isEmpty())
        return TemplateValue::none();
    if (values.size() == 1)
        return TemplateValue::string(values.first());
    return TemplateValue::strings(values, sequence);
}

QString sameFolder(const QString &path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

} // namespace

RevisionRequest RevisionRequest::newBranch(const QString &message, const QString &label, const QString &versionPath)
{
    RevisionRequest r;
    r.message = message;
    r.heads = {QStringLiteral("base")};
    r.branchLabels = {label};
    r.versionPath = versionPath;
    return r;
}

RevisionRequest RevisionRequest::merge(const QString &message, const QStringList &revisions)
{
    RevisionRequest r;
    r.message = message;
    r.heads = revisions;
    return r;
}

RevisionWriter::RevisionWriter(const AlembicConfig &config, const RevisionGraph &graph) : m_config(config), m_graph(graph) {}

QString RevisionWriter::newRevisionId()
{
    const quint64 bits = QRandomGenerator::system()->generate64() & 0xffffffffffffULL;
    return QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

QString RevisionWriter::slug(const QString &message, int truncate)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    auto it = word.globalMatch(message);
    while (it.hasNext())
        words.append(it.next().captured(0));
    QString s = words.join(u'_').toLower();
    if (truncate <= 0)
        truncate = 40;
    if (s.size() > truncate) {
        s = s.left(truncate);
        const int cut = s.lastIndexOf(u'_');
        s = (cut >= 0 ? s.left(cut) : s) + u'_';
    }
    return s;
}

QString RevisionWriter::pythonDateTime(const QDateTime &dt, bool withOffset)
{
    QString s = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const int ms = dt.time().msec();
    if (ms != 0)
        s += u'.' + QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0')) + QStringLiteral("000");
    if (withOffset) {
        const int offset = dt.offsetFromUtc();
        const int a = std::abs(offset);
        s += QStringLiteral("%1%2:%3").arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+")).arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return s;
}

Result<QString> RevisionWriter::fileName(const QString &fileTemplate, const QString &revision, const QString &slug,
                                         const QDateTime &createDate)
{
    static const QRegularExpression spec(QStringLiteral("%\\(([A-Za-z_]+)\\)([-#0 +]*)(\\d+)?(?:\\.(\\d+))?([sdir])|%%"));
    const QDate date = createDate.date();
    const QTime time = createDate.time();
    const QHash<QString, QVariant> values = {
        {QStringLiteral("rev"), revision},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("epoch"), createDate.toSecsSinceEpoch()},
        {QStringLiteral("year"), date.year()},
        {QStringLiteral("month"), date.month()},
        {QStringLiteral("day"), date.day()},
        {QStringLiteral("hour"), time.hour()},
        {QStringLiteral("minute"), time.minute()},
        {QStringLiteral("second"), time.second()},
    };
    QString out;
    int last = 0;
    auto it = spec.globalMatch(fileTemplate);
    auto literal = [&](qsizetype from, qsizetype to) -> bool {
        const QStringView text = QStringView(fileTemplate).mid(from, to - from);
        out += text;
        return !text.contains(u'%');
    };
    while (it.hasNext()) {
        const auto m = it.next();
        if (!literal(last, m.capturedStart()))
            return writerError(tr("cannot use the file_template “%1”").arg(fileTemplate));
        last = m.capturedEnd();
        if (m.captured(0) == QLatin1String("%%")) {
            out += u'%';
            continue;
        }
        const QString key = m.captured(1);
        if (!values.contains(key))
            return writerError(tr("file_template uses %(%1)s, which Alembic does not know").arg(key));
        const QVariant v = values.value(key);
        const QString flags = m.captured(2);
        const int width = m.captured(3).toInt();
        const bool hasPrecision = !m.captured(4).isEmpty();
        const int precision = m.captured(4).toInt();
        QString text;
        if (m.captured(5) == QLatin1String("s") || m.captured(5) == QLatin1String("r")) {
            text = v.toString();
            if (hasPrecision)
                text = text.left(precision);
        } else {
            text = QString::number(v.toLongLong());
            if (hasPrecision)
                text = text.rightJustified(precision, QLatin1Char('0'));
        }
        if (text.size() < width)
            text = flags.contains(u'-') ? text.leftJustified(width, QLatin1Char(' '))
                                        : text.rightJustified(width, flags.contains(u'0') && m.captured(5) != QLatin1String("s")
                                                                         ? QLatin1Char('0') : QLatin1Char(' '));
        out += text;
    }
    if (!literal(last, fileTemplate.size()))
        return writerError(tr("cannot use the file_template “%1”").arg(fileTemplate));
    return QString(out + QStringLiteral(".py"));
}

QString RevisionWriter::builtinTemplate()
{
    // Equivalent to the "generic" template of current Alembic releases.
    return QStringLiteral(R"MAKO("""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision: str = ${repr(up_revision)}
down_revision: Union[str, Sequence[str], None] = ${repr(down_revision)}
branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}
depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
)MAKO");
}

Result<GeneratedRevision> RevisionWriter::generate(const RevisionRequest &request) const
{
    GeneratedRevision out;

    // The revision id.
    out.revision = request.revisionId.isEmpty() ? newRevisionId() : request.revisionId;
    {
        QStringList illegal;
        for (const QChar c : {QChar(u'+'), QChar(u'-'), QChar(u'@')})
            if (out.revision.contains(c))
                illegal.append(QString(c));
        if (!illegal.isEmpty())
            return writerError(tr("Character(s) '%1' not allowed in revision identifier '%2'").arg(illegal.join(QStringLiteral(", ")), out.revision));
        if (out.revision.contains(QRegularExpression(QStringLiteral("\\s"))) || out.revision.isEmpty())
            return writerError(tr("The revision identifier '%1' is empty or has spaces").arg(out.revision));
    }
    if (m_graph.indexOf(out.revision) >= 0)
        return writerError(tr("Revision %1 already exists (%2)").arg(out.revision, m_graph.node(m_graph.indexOf(out.revision)).script.path));
    if (m_graph.labelOwner(out.revision) >= 0)
        return writerError(tr("%1 is already a branch label").arg(out.revision));

    // The parents.
    QList<int> heads;
    const QStringList requested = request.heads.isEmpty() ? QStringList{QStringLiteral("head")} : request.heads;
    for (const QString &h : requested) {
        auto r = m_graph.resolve(h);
        if (!r) {
            if (r.error().message.startsWith(QLatin1String("Multiple head")))
                return writerError(tr("Multiple heads are present; please specify the head revision on which the new revision "
                                      "should be based, or perform a merge."));
            return writerError(tr("Can't locate revision identified by '%1': %2").arg(h, r.error().message));
        }
        heads += r.value();
    }
    for (int i = 0; i < heads.size(); ++i)
        if (heads.indexOf(heads.at(i)) != i)
            return writerError(tr("Duplicate head revisions specified"));
    if (!request.splice)
        for (int h : heads)
            if (!m_graph.node(h).head)
                return writerError(tr("Revision %1 is not a head revision; please specify --splice to create a new branch from "
                                      "this revision").arg(m_graph.node(h).id()));
    out.downRevisions = m_graph.ids(heads);

    // Where it goes.
    QString versionPath = request.versionPath;
    if (versionPath.isEmpty()) {
        if (m_config.versionLocations.size() > 1) {
            if (heads.isEmpty())
                return writerError(tr("Multiple version locations present, please specify --version-path"));
            versionPath = QFileInfo(m_graph.node(heads.first()).script.path).absolutePath();
        } else if (!m_config.versionLocations.isEmpty()) {
            versionPath = m_config.versionLocations.first();
        } else {
            return writerError(tr("No version location: give one with --versions or an alembic.ini"));
        }
    }
    const QString normalized = sameFolder(versionPath);
    bool known = false;
    for (const QString &v : m_config.versionLocations) {
        const QString loc = sameFolder(v);
        known = known || loc == normalized || (m_config.recursiveVersionLocations && normalized.startsWith(loc + u'/'));
    }
    if (!known)
        return writerError(tr("Path %1 is not represented in current version locations").arg(versionPath));

    // Dependencies: labels stay labels, partial ids become full ids.
    for (const QString &dep : request.dependsOn) {
        auto r = m_graph.resolveOne(dep);
        if (!r)
            return writerError(tr("Can't locate revision identified by '%1': %2").arg(dep, r.error().message));
        const RevisionNode &n = m_graph.node(r.value());
        out.dependsOn.append(n.branchLabels.contains(dep) ? dep : n.id());
    }

    for (const QString &label : request.branchLabels) {
        if (label.isEmpty())
            return writerError(tr("A branch label cannot be empty"));
        if (m_graph.labelOwner(label) >= 0)
            return writerError(tr("Branch name '%1' already used by revision %2").arg(label, m_graph.node(m_graph.labelOwner(label)).id()));
        if (m_graph.indexOf(label) >= 0)
            return writerError(tr("Branch name '%1' is a revision id").arg(label));
    }

    // The date, in the configured time zone.
    QDateTime created = request.createDate.isValid() ? request.createDate : QDateTime::currentDateTime();
    bool zoned = false;
    if (!m_config.timezone.isEmpty()) {
        QTimeZone zone(m_config.timezone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(m_config.timezone.toUpper().toUtf8());
        if (!zone.isValid())
            return writerError(tr("Can't locate timezone: %1").arg(m_config.timezone));
        created = created.toTimeZone(zone);
        zoned = true;
    }

    auto name = fileName(m_config.fileTemplate, out.revision, slug(request.message, m_config.truncateSlugLength), created);
    if (!name)
        return name.error();
    out.path = normalized + u'/' + name.value();

    // Render.
    QString templateText;
    const QString templatePath = m_config.templatePath();
    QString templateName = QStringLiteral("script.py.mako");
    if (templatePath.isEmpty()) {
        templateText = builtinTemplate();
        out.builtinTemplate = true;
        templateName = QStringLiteral("built-in script.py.mako");
    } else {
        QFile f(templatePath);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(templatePath, f.errorString()));
        templateText = QString::fromUtf8(f.readAll());
        templateName = templatePath;
    }
    const QHash<QString, QString> options = m_config.mainOptions;
    TemplateContext context;
    context.insert(QStringLiteral("up_revision"), TemplateValue::string(out.revision));
    context.insert(QStringLiteral("down_revision"), scalarOrSequence(out.downRevisions, TemplateValue::Tuple));
    context.insert(QStringLiteral("branch_labels"),
                   request.branchLabels.isEmpty() ? TemplateValue::none() : TemplateValue::strings(request.branchLabels));
    context.insert(QStringLiteral("depends_on"), scalarOrSequence(out.dependsOn, TemplateValue::List));
    context.insert(QStringLiteral("create_date"), TemplateValue::string(pythonDateTime(created, zoned)));
    context.insert(QStringLiteral("message"), TemplateValue::string(request.message.isEmpty() ? QStringLiteral("empty message") : request.message));
    context.insert(QStringLiteral("comma"), TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                       if (a.isEmpty() || a.first().kind() == TemplateValue::None)
                           return TemplateValue::string(QString());
                       if (a.first().kind() == TemplateValue::Str)
                           return a.first();
                       QStringList parts;
                       for (const TemplateValue &v : a.first().items())
                           parts.append(v.str());
                       return TemplateValue::string(parts.join(QStringLiteral(", ")));
                   }));
    context.insert(QStringLiteral("config"),
                   TemplateValue::object({{QStringLiteral("get_main_option"), TemplateValue::function([options](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                                               if (a.isEmpty())
                                                   return Error::make(ErrorKind::InvalidInput, tr("get_main_option() needs a name"));
                                               const QString key = a.first().text().toLower();
                                               if (options.contains(key))
                                                   return TemplateValue::string(options.value(key));
                                               return a.size() > 1 ? a.at(1) : TemplateValue::none();
                                           })},
                                          {QStringLiteral("config_file_name"), TemplateValue::string(m_config.iniPath)}}));
    auto rendered = MakoTemplate::render(templateText, context, templateName);
    if (!rendered)
        return rendered.error();
    out.source = rendered.value();

    // Read it back: what Alembic would read must be what was asked for.
    const ParsedRevisionScript check = parseRevisionSource(out.source.toUtf8(), out.path);
    if (!check.ok)
        return writerError(tr("The script rendered from %1 cannot be read back (line %2: %3)")
                               .arg(templateName).arg(check.error().line).arg(check.error().message));
    if (check.script.revision != out.revision || check.script.downRevisions != out.downRevisions)
        return writerError(tr("The script rendered from %1 does not set revision and down_revision as asked").arg(templateName));
    if (!request.branchLabels.isEmpty() && check.script.branchLabels != request.branchLabels)
        return writerError(tr("Version %1 specified branch_labels %2, however the migration file %3 does not have them; have you "
                              "upgraded your script.py.mako to include the 'branch_labels' section?")
                               .arg(out.revision, request.branchLabels.join(QStringLiteral(", ")), out.path));
    if (check.script.dependsOn != out.dependsOn)
        return writerError(tr("The script rendered from %1 does not set depends_on as asked (does it include the "
                              "'depends_on' section?)").arg(templateName));
    return out;
}

Result<GeneratedRevision> RevisionWriter::write(const RevisionRequest &request) const
{
    auto generated = generate(request);
    if (!generated)
        return generated;
    const GeneratedRevision &g = generated.value();
    if (QFileInfo::exists(g.path))
        return Error::make(ErrorKind::InvalidInput, tr("%1 already exists").arg(g.path));
    const QString dir = QFileInfo(g.path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::make(ErrorKind::Other, tr("Cannot create the folder %1").arg(dir));
    QSaveFile f(g.path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(g.path, f.errorString()));
    f.write(g.source.toUtf8());
    if (!f.commit())
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(g.path, f.errorString()));
    return generated;
}

} // namespace Godwit
