// SPDX-License-Identifier: GPL-3.0-or-later
#include "django.h"

#include "dump/dbcompare.h"
#include "dump/jsoncell.h"
#include "dump/rowscanner.h"
#include "dump/valuecodec.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <simdjson.h>

namespace Godwit::Dump {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }

constexpr qsizetype ReadSize = 1 << 20;

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Django's own models whose tables do not follow app_label + "_" + model.
const QList<QPair<QString, QString>> &knownTables()
{
    static const QList<QPair<QString, QString>> map{
        {QStringLiteral("contenttypes.contenttype"), QStringLiteral("django_content_type")},
        {QStringLiteral("admin.logentry"), QStringLiteral("django_admin_log")},
        {QStringLiteral("sessions.session"), QStringLiteral("django_session")},
        {QStringLiteral("sites.site"), QStringLiteral("django_site")},
    };
    return map;
}

QString tableForModel(const QString &label)
{
    for (const auto &[model, table] : knownTables())
        if (model == label)
            return table;
    QString t = label.toLower();
    return t.replace(u'.', u'_');
}

QString str(std::string_view sv) { return QString::fromUtf8(sv.data(), qsizetype(sv.size())); }

Cell cellOf(simdjson::dom::element el) { return cellFromJson(el); }

struct FieldPlan
{
    enum Kind { Column, ForeignKey, ManyToMany, Unknown };
    Kind kind = Unknown;
    bool hexUuid = false; // char(32): Django's UUIDField outside PostgreSQL, stored as 32 hex digits
    QString column;
    ValueType type = ValueType::Text;
    QString refTable; // foreign keys: the referenced table, for natural keys
    // Many-to-many
    QString joinTable;
    QString ownerColumn;
    QString otherColumn;
    QString otherTable;
};

struct ModelPlan
{
    QString label;
    QString table;
    bool exists = false;
    bool skip = false;
    QString pkColumn;
    ValueType pkType = ValueType::Integer;
    QHash<QString, FieldPlan> fields;
    qint64 objects = 0;
    qint64 targetRows = 0;
    qint64 collisions = 0;
    QVariantList pendingKeys; // collision checks, 500 at a time
};

class Planner
{
public:
    explicit Planner(ImportTarget &target) : m_target(target) {}

    ModelPlan &plan(const QString &label)
    {
        auto it = m_plans.find(label);
        if (it != m_plans.end())
            return *it;
        ModelPlan p;
        p.label = label;
        p.table = tableForModel(label);
        p.exists = m_target.tables.contains(p.table);
        if (p.exists) {
            const DumpTable &t = m_target.tables[p.table];
            p.pkColumn = t.primaryKey.value(0, QStringLiteral("id"));
            const int i = t.columnIndex(p.pkColumn);
            p.pkType = i >= 0 ? t.columns.at(i).type : ValueType::Integer;
            p.targetRows = m_target.counts.value(p.table, -1);
        }
        m_order.append(label);
        return *m_plans.insert(label, p);
    }

    FieldPlan &field(ModelPlan &p, const QString &name)
    {
        auto it = p.fields.find(name);
        if (it != p.fields.end())
            return *it;
        FieldPlan f;
        const DumpTable &t = m_target.tables[p.table];
        if (int i = t.columnIndex(name); i >= 0) {
            f.kind = FieldPlan::Column;
            f.column = name;
            f.type = t.columns.at(i).type;
            f.hexUuid = f.type == ValueType::Text && t.columns.at(i).length == 32;
        } else if (int j = t.columnIndex(name + QStringLiteral("_id")); j >= 0) {
            f.kind = FieldPlan::ForeignKey;
            f.column = name + QStringLiteral("_id");
            f.type = t.columns.at(j).type;
            for (const ForeignKeyInfo &fk : t.foreignKeys)
                if (fk.columns == QStringList{f.column})
                    f.refTable = fk.referencedTable;
        } else if (m_target.tables.contains(p.table + u'_' + name)) {
            const DumpTable &join = m_target.tables[p.table + u'_' + name];
            const QString model = p.label.section(u'.', 1).toLower();
            for (const ForeignKeyInfo &fk : join.foreignKeys) {
                if (fk.columns.size() != 1)
                    continue;
                const QString col = fk.columns.first();
                const bool ours = fk.referencedTable == p.table
                                  && (col == model + QStringLiteral("_id") || col == QStringLiteral("from_") + model + QStringLiteral("_id"))
                                  && f.ownerColumn.isEmpty();
                if (ours) {
                    f.ownerColumn = col;
                } else {
                    f.otherColumn = col;
                    f.otherTable = fk.referencedTable;
                }
            }
            if (!f.ownerColumn.isEmpty() && !f.otherColumn.isEmpty()) {
                f.kind = FieldPlan::ManyToMany;
                f.joinTable = join.name;
                const int k = join.columnIndex(f.otherColumn);
                f.type = k >= 0 ? join.columns.at(k).type : ValueType::Integer;
            }
        }
        return *p.fields.insert(name, f);
    }

    const QStringList &order() const { return m_order; }
    QHash<QString, ModelPlan> &plans() { return m_plans; }

private:
    ImportTarget &m_target;
    QHash<QString, ModelPlan> m_plans;
    QStringList m_order;
};

// Resolves natural keys (["app", "model"] for a content type, ["alice"] for a user, ...) to primary keys, on the
// loading connection so that objects inserted earlier in the same transaction are found.
class NaturalKeys
{
public:
    explicit NaturalKeys(ImportTarget &target) : m_target(target) {}

    bool resolve(const QString &table, simdjson::dom::array key, QVariant *id, QString *error)
    {
        QStringList parts;
        for (simdjson::dom::element e : key)
            parts.append(e.is_string() ? str(e.get_string()) : QString::fromStdString(simdjson::minify(e)));
        const QString cacheKey = table + u'\x1f' + parts.join(u'\x1f');
        if (auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd()) {
            *id = *it;
            return true;
        }
        const DatabaseSession &s = *m_target.session;
        QSqlQuery q(s.db());
        const DumpTable *t = m_target.tables.contains(table) ? &m_target.tables[table] : nullptr;
        if (!t) {
            *error = tr("the natural key %1 points at “%2”, which the target does not have").arg(parts.join(u','), table);
            return false;
        }
        const QString pk = s.quote(t->primaryKey.value(0, QStringLiteral("id")));
        if (table == QLatin1String("django_content_type") && parts.size() == 2) {
            q.prepare(QStringLiteral("SELECT %1 FROM django_content_type WHERE app_label = ? AND model = ?").arg(pk));
        } else if (table == QLatin1String("auth_permission") && parts.size() == 3) {
            q.prepare(QStringLiteral("SELECT p.id FROM auth_permission p JOIN django_content_type c ON c.id = p.content_type_id "
                                     "WHERE p.codename = ? AND c.app_label = ? AND c.model = ?"));
        } else {
            // A unique index with as many columns as the key has parts (username, name, slug, ...).
            QStringList columns;
            for (const IndexInfo &i : t->indexes)
                if (i.unique && !i.primary && i.columns.size() == parts.size() && i.columns != t->primaryKey) {
                    columns = i.columns;
                    break;
                }
            if (columns.isEmpty()) {
                *error = tr("cannot resolve the natural key %1 of “%2”: the table has no unique key of %3 column(s)")
                             .arg(parts.join(u','), table).arg(parts.size());
                return false;
            }
            QStringList where;
            for (const QString &c : columns)
                where.append(s.quote(c) + QStringLiteral(" = ?"));
            q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(pk, s.quote(table), where.join(QStringLiteral(" AND "))));
        }
        for (const QString &p : std::as_const(parts))
            q.addBindValue(p);
        if (!q.exec()) {
            *error = DatabaseSession::mapError(s.engine(), q.lastError(), s.profile()).message;
            return false;
        }
        if (!q.next()) {
            *error = tr("no row of “%1” has the natural key %2").arg(table, parts.join(u','));
            return false;
        }
        *id = q.value(0);
        m_cache.insert(cacheKey, *id);
        return true;
    }

private:
    ImportTarget &m_target;
    QHash<QString, QVariant> m_cache;
};

bool wanted(const ImportOptions &options, const ModelPlan &p)
{
    if (options.excludePlugins && (p.table.startsWith(QLatin1String("plugin_")) || p.label.startsWith(QLatin1String("plugin"))))
        return false;
    return options.tables.isEmpty() || options.tables.contains(p.label) || options.tables.contains(p.table);
}

Status flushCollisions(const DatabaseSession &s, ModelPlan &p)
{
    if (p.pendingKeys.isEmpty())
        return success();
    QStringList marks(p.pendingKeys.size(), QStringLiteral("?"));
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IN (%3)").arg(s.quote(p.table), s.quote(p.pkColumn), marks.join(u',')));
    for (const QVariant &v : std::as_const(p.pendingKeys))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return DatabaseSession::mapError(s.engine(), q.lastError(), s.profile());
    p.collisions += q.value(0).toLongLong();
    p.pendingKeys.clear();
    return success();
}

struct Scan
{
    FixtureInfo info;
    PreflightReport report;
};

// Pass one: every object is read and mapped onto the target; nothing is written.
Result<Scan> scanFixture(const QString &path, ImportTarget &target, Planner &planner, const ImportOptions &options, JobContext *job)
{
    Scan scan;
    PreflightReport &report = scan.report;
    report.targetProduct = target.product;
    auto issue = [&report](PreflightIssue::Severity s, const QString &table, const QString &message) {
        report.issues.append({s, table, message});
        if (s == PreflightIssue::Problem)
            report.canImport = false;
    };
    JsonArrayReader reader(path);
    if (auto st = reader.open(); !st)
        return st.error();
    if (job) {
        job->setUnit(QStringLiteral("bytes"));
        job->setTotal(reader.size());
        job->setStatus(tr("Reading %1").arg(QFileInfo(path).fileName()));
    }
    simdjson::dom::parser parser;
    QByteArray element;
    QSet<QString> reported;
    qint64 index = 0;
    while (reader.next(element)) {
        ++index;
        simdjson::dom::element doc;
        if (auto err = parser.parse(element.constData(), size_t(element.size())).get(doc))
            return Error::make(ErrorKind::InvalidInput, tr("Object %1 of the fixture is not valid JSON (%2).").arg(index).arg(QString::fromUtf8(simdjson::error_message(err))));
        simdjson::dom::object obj;
        if (doc.get_object().get(obj))
            return Error::make(ErrorKind::InvalidInput, tr("Element %1 of the fixture is not an object.").arg(index));
        std::string_view model;
        if (obj["model"].get_string().get(model)) {
            if (index == 1) { // InvenTree's export-records leads with a metadata object
                scan.info.metadata = QJsonDocument::fromJson(element).object();
                continue;
            }
            return Error::make(ErrorKind::InvalidInput, tr("Object %1 of the fixture has no “model”.").arg(index));
        }
        ModelPlan &p = planner.plan(str(model));
        ++p.objects;
        ++scan.info.objects;
        if (!wanted(options, p)) {
            p.skip = true;
            continue;
        }
        if (!p.exists) {
            p.skip = options.ignoreNonexistent;
            continue; // reported once below
        }
        simdjson::dom::object fields;
        if (obj["fields"].get_object().get(fields))
            return Error::make(ErrorKind::InvalidInput, tr("Object %1 (%2) of the fixture has no “fields” object.").arg(index).arg(p.label));
        for (auto [key, value] : fields) {
            const QString name = str(key);
            const FieldPlan &f = planner.field(p, name);
            if (f.kind == FieldPlan::Unknown && !reported.contains(p.label + u'.' + name)) {
                reported.insert(p.label + u'.' + name);
                issue(options.ignoreNonexistent ? PreflightIssue::Warning : PreflightIssue::Problem, p.table,
                      tr("The field “%1” of %2 has no column or many-to-many table in the target%3.")
                          .arg(name, p.label, options.ignoreNonexistent ? tr("; its values are left out") : QString()));
            }
        }
        simdjson::dom::element pk;
        if (!obj["pk"].get(pk) && !pk.is_null() && !options.clear && p.targetRows != 0) {
            QVariant v;
            QString why;
            if (bindValue(cellOf(pk), p.pkType, p.pkType, target.session->engine(), &v, &why))
                p.pendingKeys.append(v);
            if (p.pendingKeys.size() >= 500)
                if (auto st = flushCollisions(*target.session, p); !st)
                    return st.error();
        }
        if (job && index % 1000 == 0) {
            job->setDone(reader.bytesRead());
            if (job->isCanceled())
                return job->canceledError();
        }
    }
    if (!reader.error().isEmpty())
        return Error::make(ErrorKind::InvalidInput, reader.error());
    if (!scan.info.metadata.isEmpty())
        issue(PreflightIssue::Info, {}, tr("InvenTree export metadata: source version %1, exported %2.")
                                            .arg(scan.info.metadata.value(QStringLiteral("source_version")).toString(),
                                                 scan.info.metadata.value(QStringLiteral("exported_at")).toString()));
    QList<const DumpTable *> forOrder;
    for (const QString &label : planner.order()) {
        ModelPlan &p = planner.plans()[label];
        if (auto st = flushCollisions(*target.session, p); !st)
            return st.error();
        scan.info.models.append({label, p.objects});
        PreflightTable pt;
        pt.table = p.table;
        pt.rows = p.objects;
        pt.exists = p.exists;
        pt.skip = p.skip;
        pt.targetRows = p.targetRows;
        pt.collisions = p.collisions;
        report.tables.append(pt);
        if (!p.exists && !p.skip && wanted(options, p))
            issue(PreflightIssue::Problem, p.table, tr("The model %1 has no table “%2” in the target: run the application's migrations first.").arg(label, p.table));
        else if (!p.exists && p.skip && wanted(options, p))
            issue(PreflightIssue::Warning, p.table, tr("The model %1 has no table in the target: its %2 objects are left out.").arg(label).arg(p.objects));
        if (p.collisions > 0)
            issue(PreflightIssue::Problem, p.table, tr("%1 objects of %2 already exist in the target (same primary key); clear first or leave the model out.")
                                                        .arg(p.collisions).arg(label));
        if (p.exists && !p.skip)
            forOrder.append(&target.tables[p.table]);
    }
    bool cyclic = false;
    report.loadOrder = foreignKeyOrder(forOrder, &cyclic);
    return scan;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

JsonArrayReader::JsonArrayReader(const QString &path) : m_path(path) {}
JsonArrayReader::~JsonArrayReader() = default;

qint64 JsonArrayReader::size() const { return m_file ? m_file->size() : 0; }

bool JsonArrayReader::fill()
{
    m_buffer = m_file->read(ReadSize);
    m_pos = 0;
    m_consumed += m_buffer.size();
    return !m_buffer.isEmpty();
}

Status JsonArrayReader::open()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(m_path, m_file->errorString()));
    fill();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    while (true) {
        if (m_pos >= m_buffer.size() && !fill())
            return Error::make(ErrorKind::InvalidInput, tr("%1 is empty.").arg(m_path));
        const char c = m_buffer.at(m_pos);
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c != '[')
            return Error::make(ErrorKind::InvalidInput, tr("%1 is not a Django fixture (a JSON array).").arg(m_path));
        ++m_pos;
        return success();
    }
}

bool JsonArrayReader::next(QByteArray &element)
{
    element.clear();
    if (m_finished || !m_error.isEmpty())
        return false;
    // Between elements: white space and one comma.
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            m_error = tr("%1 ends before its closing “]”: the file is truncated.").arg(m_path);
            return false;
        }
        const char c = m_buffer.at(m_pos);
        if (isSpace(c) || (c == ',' && m_started)) {
            ++m_pos;
            continue;
        }
        if (c == ']') {
            m_finished = true;
            ++m_pos;
            return false;
        }
        break;
    }
    m_started = true;
    int depth = 0;
    bool inString = false, escaped = false;
    qsizetype start = m_pos;
    while (true) {
        if (m_pos >= m_buffer.size()) {
            element.append(m_buffer.constData() + start, m_buffer.size() - start);
            if (element.size() > (512 << 20)) {
                m_error = tr("An object in %1 is larger than 512 MB.").arg(m_path);
                return false;
            }
            if (!fill()) {
                m_error = tr("%1 ends in the middle of an object: the file is truncated.").arg(m_path);
                return false;
            }
            start = 0;
            continue;
        }
        const char c = m_buffer.at(m_pos++);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                element.append(m_buffer.constData() + start, m_pos - start);
                return true;
            }
            if (depth < 0) {
                m_error = tr("%1 has an unbalanced “%2”.").arg(m_path, QChar::fromLatin1(c));
                return false;
            }
        } else if (depth == 0 && (c == ',' || isSpace(c))) {
            element.append(m_buffer.constData() + start, m_pos - 1 - start);
            --m_pos;
            return true;
        }
    }
}

bool isDjangoFixture(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096).trimmed();
    return head.startsWith('[') || head.startsWith("\xEF\xBB\xBF[");
}

Result<FixtureInfo> inspectFixture(const QString &path, JobContext *job)
{
    FixtureInfo info;
    JsonArrayReader reader(path);
    if (auto st = reader.open(); !st)
        return st.error();
    simdjson::dom::parser parser;
    QByteArray element;
    QHash<QString, int> index;
    while (reader.next(element)) {
        simdjson::dom::element doc;
        simdjson::dom::object obj;
        if (parser.parse(element.constData(), size_t(element.size())).get(doc) || doc.get_object().get(obj))
            return Error::make(ErrorKind::InvalidInput, tr("Object %1 of the fixture is not a valid JSON object.").arg(info.objects + 1));
        std::string_view model;
        if (obj["model"].get_string().get(model)) {
            if (info.objects == 0 && info.metadata.isEmpty()) {
                info.metadata = QJsonDocument::fromJson(element).object();
                continue;
            }
            return Error::make(ErrorKind::InvalidInput, tr("Object %1 of the fixture has no “model”.").arg(info.objects + 1));
        }
        const QString label = str(model);
        auto it = index.find(label);
        if (it == index.end()) {
            it = index.insert(label, int(info.models.size()));
            info.models.append({label, 0});
        }
        ++info.models[*it].second;
        ++info.objects;
        if (job && info.objects % 5000 == 0 && job->isCanceled())
            return job->canceledError();
    }
    if (!reader.error().isEmpty())
        return Error::make(ErrorKind::InvalidInput, reader.error());
    return info;
}

Result<PreflightReport> preflightFixture(const QString &path, const ConnectionProfile &target, const QString &secret,
                                         const ImportOptions &options, JobContext *job, FixtureInfo *info)
{
    auto t = openTarget(target, secret);
    if (!t)
        return t.error();
    Planner planner(t.value());
    auto scan = scanFixture(path, t.value(), planner, options, job);
    if (!scan)
        return scan.error();
    if (info)
        *info = scan->info;
    return scan->report;
}

Result<ImportResult> importFixture(const QString &path, const ConnectionProfile &targetProfile, const QString &secret,
                                   const ImportOptions &options, JobContext *job)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = openTarget(targetProfile, secret);
    if (!opened)
        return opened.error();
    ImportTarget &target = opened.value();
    Planner planner(target);
    auto scan = scanFixture(path, target, planner, options, job);
    if (!scan)
        return scan.error();
    if (!scan->report.canImport) {
        QStringList problems;
        for (const PreflightIssue &i : scan->report.issues)
            if (i.severity == PreflightIssue::Problem)
                problems.append(i.table.isEmpty() ? i.message : i.table + QStringLiteral(": ") + i.message);
        return Error::make(ErrorKind::InvalidInput, tr("Nothing was imported: the pre-flight found %1 problem(s). %2").arg(problems.size()).arg(problems.value(0)));
    }
    const DatabaseSession &s = *target.session;
    const Engine engine = s.engine();
    ImportResult result;
    result.preflight = scan->report;

    LoadTransaction transaction(s);
    if (auto st = transaction.begin(); !st)
        return st.error();
    auto fail = [&](const Error &e) -> Result<ImportResult> {
        transaction.rollback();
        Error out = e;
        out.message = e.kind == ErrorKind::Canceled ? tr("Canceled; the import was rolled back and the target is as it was.")
                                                    : e.message + u' ' + tr("The import was rolled back: the target is as it was.");
        return out;
    };
    auto exec = [&s](const QString &sql) -> Status {
        QSqlQuery q(s.db());
        if (!q.exec(sql))
            return DatabaseSession::mapError(s.engine(), q.lastError(), s.profile());
        return success();
    };
    // Tables the load touches: the models' and their many-to-many tables.
    QStringList touched = scan->report.loadOrder;
    for (const QString &label : planner.order())
        for (const FieldPlan &f : std::as_const(planner.plans()[label].fields))
            if (f.kind == FieldPlan::ManyToMany && !touched.contains(f.joinTable))
                touched.prepend(f.joinTable); // cleared first, filled along with their owners
    QHash<QString, qint64> before;
    for (const QString &t : std::as_const(touched))
        before.insert(t, options.clear ? 0 : std::max<qint64>(0, target.counts.value(t)));
    if (options.clear) {
        for (auto it = touched.rbegin(); it != touched.rend(); ++it) {
            if (job)
                job->setStatus(tr("Clearing %1").arg(*it));
            if (auto st = exec(QStringLiteral("DELETE FROM ") + s.quote(*it)); !st)
                return fail(Error::make(st.error().kind, tr("Cannot clear “%1”: %2").arg(*it, st.errorMessage())));
        }
    }

    JsonArrayReader reader(path);
    if (auto st = reader.open(); !st)
        return fail(st.error());
    if (job) {
        job->setDone(0);
        job->setStatus(tr("Loading %1").arg(QFileInfo(path).fileName()));
    }
    simdjson::dom::parser parser;
    NaturalKeys naturalKeys(target);
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    auto statement = [&](const QString &table, const QStringList &columns) -> Result<std::shared_ptr<QSqlQuery>> {
        const QString key = table + u'|' + columns.join(u',');
        if (auto it = statements.constFind(key); it != statements.constEnd())
            return *it;
        QStringList quoted;
        for (const QString &c : columns)
            quoted.append(s.quote(c));
        auto q = std::make_shared<QSqlQuery>(s.db());
        if (!q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(s.quote(table), quoted.join(QStringLiteral(", ")), QStringList(columns.size(), QStringLiteral("?")).join(u','))))
            return DatabaseSession::mapError(engine, q->lastError(), s.profile());
        statements.insert(key, q);
        return q;
    };
    std::unique_ptr<QFile> rejects;
    QByteArray element;
    qint64 index = 0;
    int savepoint = 0;
    while (reader.next(element)) {
        ++index;
        simdjson::dom::element doc;
        if (parser.parse(element.constData(), size_t(element.size())).get(doc))
            return fail(Error::make(ErrorKind::InvalidInput, tr("Object %1 of the fixture is not valid JSON.").arg(index)));
        simdjson::dom::object obj = doc.get_object();
        std::string_view model;
        if (obj["model"].get_string().get(model))
            continue; // the metadata object
        ModelPlan &p = planner.plans()[str(model)];
        if (p.skip || !p.exists)
            continue;
        QStringList columns;
        QVariantList values;
        QString why;
        bool ok = true;
        QVariant pkValue;
        simdjson::dom::element pk;
        if (!obj["pk"].get(pk) && !pk.is_null()) {
            ok = bindValue(cellOf(pk), p.pkType, p.pkType, engine, &pkValue, &why);
            columns.append(p.pkColumn);
            values.append(pkValue);
        }
        struct M2M
        {
            const FieldPlan *plan;
            simdjson::dom::array items;
        };
        QList<M2M> m2m;
        simdjson::dom::object fields = obj["fields"].get_object();
        for (auto [key, value] : fields) {
            if (!ok)
                break;
            const FieldPlan &f = p.fields[str(key)];
            QVariant v;
            switch (f.kind) {
            case FieldPlan::Column: {
                Cell c = cellOf(value);
                // A fixture writes UUIDs with hyphens; Django stores them in char(32) as 32 hex digits.
                static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
                if (f.hexUuid && c.kind == Cell::String && uuid.match(c.text).hasMatch())
                    c.text = c.text.remove(u'-').toLower();
                ok = bindValue(c, f.type, f.type, engine, &v, &why);
                if (!ok)
                    why = tr("field “%1”: %2").arg(str(key), why);
                columns.append(f.column);
                values.append(v);
                break;
            }
            case FieldPlan::ForeignKey:
                if (value.is_array())
                    ok = naturalKeys.resolve(f.refTable, value.get_array(), &v, &why);
                else
                    ok = bindValue(cellOf(value), f.type, f.type, engine, &v, &why);
                if (!ok)
                    why = tr("field “%1”: %2").arg(str(key), why);
                columns.append(f.column);
                values.append(v);
                break;
            case FieldPlan::ManyToMany:
                if (value.is_array())
                    m2m.append({&f, value.get_array()});
                break;
            case FieldPlan::Unknown: break; // reported by the pre-flight (--ignore-nonexistent)
            }
        }
        if (ok && !m2m.isEmpty() && pkValue.isNull()) {
            ok = false;
            why = tr("an object without a primary key has many-to-many values");
        }
        const QString sp = QStringLiteral("godwit_fx_%1").arg(++savepoint);
        if (options.skipOnError)
            exec(QStringLiteral("SAVEPOINT ") + sp);
        if (ok) {
            auto q = statement(p.table, columns);
            if (!q)
                return fail(q.error());
            for (const QVariant &v : std::as_const(values))
                (*q)->addBindValue(v);
            if (!(*q)->exec()) {
                ok = false;
                why = (*q)->lastError().databaseText().simplified();
            }
        }
        for (const M2M &m : std::as_const(m2m)) {
            if (!ok)
                break;
            auto q = statement(m.plan->joinTable, {m.plan->ownerColumn, m.plan->otherColumn});
            if (!q)
                return fail(q.error());
            for (simdjson::dom::element item : m.items) {
                QVariant other;
                ok = item.is_array() ? naturalKeys.resolve(m.plan->otherTable, item.get_array(), &other, &why)
                                     : bindValue(cellOf(item), m.plan->type, m.plan->type, engine, &other, &why);
                if (!ok)
                    break;
                (*q)->addBindValue(pkValue);
                (*q)->addBindValue(other);
                if (!(*q)->exec()) {
                    ok = false;
                    why = (*q)->lastError().databaseText().simplified();
                    break;
                }
            }
        }
        if (!ok) {
            const QString message = tr("Object %1 (%2, pk %3): %4").arg(index).arg(p.label, pkValue.toString(), why);
            if (!options.skipOnError)
                return fail(Error::make(ErrorKind::InvalidInput, message));
            exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
            ++result.rowsRejected;
            if (!rejects) {
                result.rejectFile = options.rejectFile.isEmpty() ? path + QStringLiteral(".rejects.jsonl") : options.rejectFile;
                rejects = std::make_unique<QFile>(result.rejectFile);
                if (!rejects->open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return fail(Error::make(ErrorKind::Other, tr("Cannot write the reject file %1.").arg(result.rejectFile)));
            }
            QByteArray line("{\"error\":");
            appendJsonString(line, message);
            line.append(",\"object\":");
            line.append(QByteArray::fromStdString(simdjson::minify(doc)));
            line.append("}\n");
            rejects->write(line);
            if (job)
                job->warn(message);
        } else {
            if (options.skipOnError)
                exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
            ++result.rowsWritten;
        }
        if (job && index % 500 == 0) {
            job->setDone(reader.bytesRead());
            if (job->isCanceled())
                return fail(job->canceledError());
        }
    }
    if (!reader.error().isEmpty())
        return fail(Error::make(ErrorKind::InvalidInput, reader.error()));
    for (const QString &t : std::as_const(touched))
        if (auto st = resetSequences(s, target.tables[t]); !st)
            return fail(st.error());
    if (job)
        job->setStatus(tr("Committing"));
    if (auto st = transaction.commit(); !st)
        return fail(st.error());
    if (rejects)
        rejects->close();

    // Verification: every model table holds what it held plus the objects loaded.
    result.verified = true;
    for (const QString &label : planner.order()) {
        const ModelPlan &p = planner.plans()[label];
        if (p.skip || !p.exists)
            continue;
        TableComparison cmp;
        cmp.table = p.table;
        cmp.rowsA = before.value(p.table) + p.objects;
        auto n = s.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + s.quote(p.table));
        cmp.rowsB = n ? n->toLongLong() : -1;
        cmp.equal = cmp.rowsA == cmp.rowsB;
        result.verified = result.verified && cmp.equal;
        result.verification.append(cmp);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Export

namespace {

struct M2MSource
{
    QString field;
    QString joinTable;
    QString ownerColumn;
    QString otherColumn;
    QString otherTable;
};

struct ExportModel
{
    QString label;
    DumpTable table;
    QList<M2MSource> m2m;
};

void appendDjangoValue(QByteArray &out, const Cell &c, const DumpColumn &col, const FixtureExportOptions &fx)
{
    if (c.kind == Cell::Null) {
        out.append("null");
        return;
    }
    switch (col.type) {
    case ValueType::Integer:
        if (c.kind == Cell::Int || (c.kind == Cell::String && !c.text.isEmpty() && (c.text.at(0).isDigit() || c.text.at(0) == u'-'))) {
            out.append(c.text.toLatin1()); // a Python int has no 2^53 limit
            return;
        }
        break;
    case ValueType::Float:
        if (c.kind == Cell::Double || c.kind == Cell::Int) {
            out.append(c.text.toLatin1());
            return;
        }
        break;
    case ValueType::Boolean:
        if (c.kind == Cell::Bool) {
            out.append(c.boolean ? "true" : "false");
            return;
        }
        break;
    case ValueType::Json: {
        // JSONField values are JSON in the fixture, not strings holding JSON.
        simdjson::dom::parser p;
        const QByteArray utf8 = c.text.toUtf8();
        simdjson::dom::element e;
        if (!p.parse(utf8.constData(), size_t(utf8.size())).get(e)) {
            out.append(utf8);
            return;
        }
        break;
    }
    case ValueType::Timestamp:
    case ValueType::TimestampTz: {
        QString t = normalizeTimestamp(c.text);
        if (t.size() >= 19 && t.at(10) == u' ') {
            t[10] = u'T';
            if (fx.awareDatetimes)
                t += u'Z';
        }
        appendJsonString(out, t);
        return;
    }
    default: break;
    }
    if (c.kind == Cell::Bool) {
        out.append(c.boolean ? "true" : "false");
        return;
    }
    appendJsonString(out, c.text);
}

} // namespace

Result<FixtureExportResult> exportFixture(const ConnectionProfile &profile, const QString &secret, const QString &output,
                                          const ExportOptions &options, const FixtureExportOptions &fx, JobContext *job)
{
    const QString outPath = QFileInfo(output).absoluteFilePath();
    if (QFileInfo::exists(outPath) && !options.overwrite)
        return Error::make(ErrorKind::InvalidInput, tr("%1 already exists; choose another name or allow overwriting.").arg(outPath));
    DatabaseSession::Options ro;
    ro.readOnly = true;
    auto opened = DatabaseSession::open(profile, secret, ro);
    if (!opened)
        return opened.error();
    const DatabaseSession &s = **opened;
    if (auto st = prepareSession(s); !st)
        return st.error();
    auto listed = SchemaReader(s).listTables(true);
    if (!listed)
        return listed.error();
    QHash<QString, qint64> counts;
    for (const TableInfo &t : *listed)
        if (!t.view)
            counts.insert(t.name, t.rowCount);
    if (!counts.contains(QStringLiteral("django_content_type")))
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not a Django database (it has no django_content_type table).").arg(profile.displayUrl()));

    // Models from the content types; natural keys loaded once (they are small tables).
    QHash<QString, QString> modelOfTable;
    QHash<QString, QPair<QString, QString>> contentTypes; // id → (app_label, model)
    {
        QSqlQuery q(s.db());
        if (!q.exec(QStringLiteral("SELECT id, app_label, model FROM django_content_type")))
            return DatabaseSession::mapError(s.engine(), q.lastError(), s.profile());
        while (q.next()) {
            const QString label = q.value(1).toString() + u'.' + q.value(2).toString();
            contentTypes.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
            const QString table = tableForModel(label);
            if (counts.contains(table))
                modelOfTable.insert(table, label);
        }
    }
    auto loadKeys = [&s](const QString &sql) {
        QHash<QString, QStringList> out;
        QSqlQuery q(s.db());
        if (q.exec(sql))
            while (q.next()) {
                QStringList key;
                for (int i = 1; i < q.record().count(); ++i)
                    key.append(q.value(i).toString());
                out.insert(q.value(0).toString(), key);
            }
        return out;
    };
    QHash<QString, QHash<QString, QStringList>> natural; // table → id → natural key
    if (fx.naturalForeign) {
        QHash<QString, QStringList> ct;
        for (auto it = contentTypes.begin(); it != contentTypes.end(); ++it)
            ct.insert(it.key(), {it->first, it->second});
        natural.insert(QStringLiteral("django_content_type"), ct);
        if (counts.contains(QStringLiteral("auth_user")))
            natural.insert(QStringLiteral("auth_user"), loadKeys(QStringLiteral("SELECT id, username FROM auth_user")));
        if (counts.contains(QStringLiteral("auth_group")))
            natural.insert(QStringLiteral("auth_group"), loadKeys(QStringLiteral("SELECT id, name FROM auth_group")));
        if (counts.contains(QStringLiteral("auth_permission")))
            natural.insert(QStringLiteral("auth_permission"),
                           loadKeys(QStringLiteral("SELECT p.id, p.codename, c.app_label, c.model FROM auth_permission p "
                                                   "JOIN django_content_type c ON c.id = p.content_type_id")));
    }

    FixtureExportResult result;
    result.path = outPath;
    QStringList names = counts.keys();
    names.sort();
    const QStringList selected = selectTables(names, options);
    QList<ExportModel> models;
    QSet<QString> joinTables;
    for (const QString &name : selected) {
        if (!modelOfTable.contains(name))
            continue;
        auto d = describeTable(s, name);
        if (!d)
            return d.error();
        ExportModel m;
        m.label = modelOfTable.value(name);
        m.table = d.take();
        const QString model = m.label.section(u'.', 1);
        for (const QString &other : std::as_const(names)) {
            if (!other.startsWith(name + u'_') || modelOfTable.contains(other))
                continue;
            auto jd = describeTable(s, other);
            if (!jd || jd->foreignKeys.size() != 2)
                continue;
            M2MSource src;
            src.field = other.mid(name.size() + 1);
            src.joinTable = other;
            for (const ForeignKeyInfo &fk : jd->foreignKeys) {
                const QString col = fk.columns.value(0);
                if (fk.referencedTable == name && src.ownerColumn.isEmpty()
                    && (col == model + QStringLiteral("_id") || col == QStringLiteral("from_") + model + QStringLiteral("_id"))) {
                    src.ownerColumn = col;
                } else {
                    src.otherColumn = col;
                    src.otherTable = fk.referencedTable;
                }
            }
            if (!src.ownerColumn.isEmpty() && !src.otherColumn.isEmpty()) {
                m.m2m.append(src);
                joinTables.insert(other);
            }
        }
        models.append(m);
    }
    for (const QString &name : selected)
        if (!modelOfTable.contains(name) && !joinTables.contains(name))
            result.skippedTables.append(name);
    QList<const DumpTable *> forOrder;
    for (const ExportModel &m : std::as_const(models))
        forOrder.append(&m.table);
    bool cyclic = false;
    const QStringList order = foreignKeyOrder(forOrder, &cyclic);
    qint64 total = 0;
    for (const ExportModel &m : std::as_const(models))
        total += std::max<qint64>(0, counts.value(m.table.name));
    if (job) {
        job->setUnit(QStringLiteral("rows"));
        job->setTotal(total);
    }

    const QString part = outPath + QStringLiteral(".part");
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(part, out.errorString()));
    struct Remove
    {
        QFile &f;
        bool keep = false;
        ~Remove()
        {
            if (!keep)
                f.remove();
        }
    } remove{out};
    QByteArray buf("[");
    bool first = true;
    auto appendKey = [&buf](const QStringList &key) { // a natural key: ["app", "model"], ["alice"]
        buf.append('[');
        for (int k = 0; k < key.size(); ++k) {
            if (k)
                buf.append(',');
            appendJsonString(buf, key.at(k));
        }
        buf.append(']');
    };
    auto writeOut = [&](bool force) -> Status {
        if (buf.size() < (1 << 20) && !force)
            return success();
        if (out.write(buf) != buf.size())
            return Error::make(ErrorKind::Other, tr("Cannot write %1: %2 (is the disk full?)").arg(part, out.errorString()));
        result.bytes += buf.size();
        buf.clear();
        return success();
    };
    std::vector<std::unique_ptr<DatabaseSession>> joinSessions; // one per many-to-many table read at once
    for (const QString &tableName : order) {
        const ExportModel &m = *std::find_if(models.begin(), models.end(), [&](const ExportModel &x) { return x.table.name == tableName; });
        if (job)
            job->setStatus(tr("Exporting %1").arg(m.label));
        result.models.append(m.label);
        const QString pkColumn = m.table.primaryKey.value(0);
        const int pkIndex = m.table.columnIndex(pkColumn);
        RowScanner rows(s, m.table.name, m.table.columns, m.table.primaryKey);
        if (auto st = rows.start(); !st)
            return st.error();
        // One scanner per many-to-many table, in owner order, merged with the rows.
        struct Join
        {
            const M2MSource *src;
            std::unique_ptr<RowScanner> scanner;
            QList<DumpColumn> columns;
            bool has = false;
        };
        std::vector<Join> joins;
        for (const M2MSource &src : m.m2m) {
            // PostgreSQL's COPY and MariaDB's streamed result hold their connection until the last row: each
            // many-to-many table is read beside the rows on a connection of its own (SQLite steps any number
            // of statements on one).
            const size_t k = joins.size();
            if (s.engine() != Engine::SQLite && joinSessions.size() <= k) {
                auto extra = DatabaseSession::open(profile, secret, ro);
                if (!extra)
                    return extra.error();
                if (auto st = prepareSession(**extra); !st)
                    return st.error();
                joinSessions.push_back(extra.take());
            }
            const DatabaseSession &js = s.engine() == Engine::SQLite ? s : *joinSessions.at(k);
            Join j;
            j.src = &src;
            DumpColumn a, b;
            a.name = src.ownerColumn;
            b.name = src.otherColumn;
            a.type = b.type = ValueType::Text;
            j.columns = {a, b};
            j.scanner = std::make_unique<RowScanner>(js, src.joinTable, j.columns, QStringList{src.ownerColumn, src.otherColumn});
            if (auto st = j.scanner->start(); !st)
                return st.error();
            j.has = j.scanner->next();
            joins.push_back(std::move(j));
        }
        while (rows.next()) {
            buf.append(first ? "\n" : ",\n");
            first = false;
            buf.append("{\"model\":");
            appendJsonString(buf, m.label);
            QString pkText;
            if (pkIndex >= 0) {
                const Cell pk = cellFromValue(s.engine(), rows.value(pkIndex), m.table.columns.at(pkIndex));
                pkText = pk.text;
                buf.append(",\"pk\":");
                appendDjangoValue(buf, pk, m.table.columns.at(pkIndex), fx);
            }
            buf.append(",\"fields\":{");
            bool firstField = true;
            for (int i = 0; i < m.table.columns.size(); ++i) {
                if (i == pkIndex)
                    continue;
                const DumpColumn &col = m.table.columns.at(i);
                const Cell c = cellFromValue(s.engine(), rows.value(i), col);
                QString field = col.name;
                const ForeignKeyInfo *fk = nullptr;
                for (const ForeignKeyInfo &f : m.table.foreignKeys)
                    if (f.columns == QStringList{col.name})
                        fk = &f;
                if (fk && field.endsWith(QLatin1String("_id")))
                    field.chop(3);
                buf.append(firstField ? "" : ",");
                firstField = false;
                appendJsonString(buf, field);
                buf.append(':');
                if (fk && c.kind != Cell::Null && natural.contains(fk->referencedTable)) {
                    appendKey(natural.value(fk->referencedTable).value(c.text));
                } else {
                    appendDjangoValue(buf, c, col, fx);
                }
            }
            for (Join &j : joins) {
                buf.append(firstField ? "" : ",");
                firstField = false;
                appendJsonString(buf, j.src->field);
                buf.append(":[");
                bool firstItem = true;
                // Join rows are in owner order, as text; skip those of owners that no longer exist.
                while (j.has) {
                    const QString owner = j.scanner->value(0).toString();
                    const bool numeric = pkIndex >= 0 && m.table.columns.at(pkIndex).type == ValueType::Integer;
                    const int cmp = numeric ? (owner.toLongLong() < pkText.toLongLong() ? -1 : owner.toLongLong() > pkText.toLongLong() ? 1 : 0)
                                            : QString::compare(owner, pkText);
                    if (cmp > 0)
                        break;
                    if (cmp == 0) {
                        const QString other = j.scanner->value(1).toString();
                        buf.append(firstItem ? "" : ",");
                        firstItem = false;
                        if (natural.contains(j.src->otherTable)) {
                            appendKey(natural.value(j.src->otherTable).value(other));
                        } else {
                            bool isNumber = false;
                            other.toLongLong(&isNumber);
                            if (isNumber)
                                buf.append(other.toLatin1());
                            else
                                appendJsonString(buf, other);
                        }
                    }
                    j.has = j.scanner->next();
                }
                buf.append(']');
            }
            buf.append("}}");
            ++result.objects;
            if (auto st = writeOut(false); !st)
                return st.error();
            if (job && result.objects % 1000 == 0) {
                job->addDone(1000);
                if (job->isCanceled())
                    return job->canceledError();
            }
        }
        if (rows.failed())
            return rows.error();
        for (const Join &j : joins)
            if (j.scanner->failed())
                return j.scanner->error();
    }
    buf.append(first ? "]\n" : "\n]\n");
    if (auto st = writeOut(true); !st)
        return st.error();
    out.close();
    QFile::remove(outPath);
    if (!QFile::rename(part, outPath))
        return Error::make(ErrorKind::Other, tr("Cannot move %1 to %2.").arg(part, outPath));
    remove.keep = true;
    return result;
}

} // namespace Godwit::Dump
