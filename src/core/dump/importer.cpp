// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"
#include "jsoncell.h"
#include "rowscanner.h"

#include "db/databasesession.h"
#include "db/schema.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <errmsg.h>
#include <mysql.h>

#include <charconv>

namespace Godwit::Dump {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }

bool compatibleTypes(ValueType a, ValueType b)
{
    if (a == b)
        return true;
    auto pair = [&](ValueType x, ValueType y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(ValueType::Timestamp, ValueType::TimestampTz) || pair(ValueType::Text, ValueType::Uuid)
        || pair(ValueType::Text, ValueType::Json) || pair(ValueType::Decimal, ValueType::Float)
        || pair(ValueType::Integer, ValueType::Decimal) || pair(ValueType::Integer, ValueType::Boolean);
}

bool isPluginTable(const QString &name) { return name.startsWith(QLatin1String("plugin_")); }

QString mappedType(Engine engine, const DumpColumn &c, bool indexed, bool fromSQLite)
{
    const QString src = c.engineType.toLower();
    const bool big = src.contains(QLatin1String("big")) || src.startsWith(QLatin1String("int8"));
    const bool small = src.contains(QLatin1String("small")) || src.startsWith(QLatin1String("int2")) || src.contains(QLatin1String("tiny"));
    switch (c.type) {
    case ValueType::Integer:
        // SQLite's INTEGER holds 64 bits whatever its declared name: from SQLite, plain integers become BIGINT.
        // Into SQLite the size stays in the name (BIGINT, SMALLINT still have INTEGER affinity).
        if (big || (fromSQLite && !small))
            return QStringLiteral("BIGINT");
        return small ? QStringLiteral("SMALLINT") : QStringLiteral("INTEGER");
    case ValueType::Decimal:
        // SQLite's NUMERIC affinity would turn long decimals into lossy REALs; TEXT affinity keeps them exact
        // while the name still reads as a decimal.
        if (engine == Engine::SQLite)
            return c.precision > 0 ? QStringLiteral("DECIMAL_TEXT(%1,%2)").arg(c.precision).arg(std::max(0, c.scale)) : QStringLiteral("DECIMAL_TEXT");
        if (c.precision > 0)
            return QStringLiteral("DECIMAL(%1,%2)").arg(c.precision).arg(std::max(0, c.scale));
        return engine == Engine::MySQL ? QStringLiteral("DECIMAL(65,30)") : QStringLiteral("NUMERIC");
    case ValueType::Float:
        return engine == Engine::PostgreSQL ? QStringLiteral("DOUBLE PRECISION") : engine == Engine::MySQL ? QStringLiteral("DOUBLE") : QStringLiteral("REAL");
    case ValueType::Boolean:
        return engine == Engine::MySQL ? QStringLiteral("TINYINT(1)") : engine == Engine::PostgreSQL ? QStringLiteral("BOOLEAN") : QStringLiteral("bool");
    case ValueType::Text:
        if (c.length > 0)
            return engine == Engine::SQLite ? QStringLiteral("varchar(%1)").arg(c.length) : QStringLiteral("VARCHAR(%1)").arg(c.length);
        if (engine == Engine::MySQL)
            return indexed ? QStringLiteral("VARCHAR(255)") : QStringLiteral("LONGTEXT");
        return QStringLiteral("TEXT");
    case ValueType::Binary:
        return engine == Engine::PostgreSQL ? QStringLiteral("BYTEA") : engine == Engine::MySQL ? QStringLiteral("LONGBLOB") : QStringLiteral("BLOB");
    case ValueType::Date: return QStringLiteral("DATE");
    case ValueType::Time: return engine == Engine::MySQL ? QStringLiteral("TIME(6)") : QStringLiteral("TIME");
    case ValueType::Timestamp:
        return engine == Engine::MySQL ? QStringLiteral("DATETIME(6)") : engine == Engine::PostgreSQL ? QStringLiteral("TIMESTAMP") : QStringLiteral("datetime");
    case ValueType::TimestampTz:
        return engine == Engine::MySQL ? QStringLiteral("DATETIME(6)") : engine == Engine::PostgreSQL ? QStringLiteral("TIMESTAMP WITH TIME ZONE") : QStringLiteral("datetime");
    case ValueType::Json:
        return engine == Engine::PostgreSQL ? QStringLiteral("JSONB") : engine == Engine::MySQL ? QStringLiteral("LONGTEXT") : QStringLiteral("TEXT");
    case ValueType::Uuid:
        return engine == Engine::PostgreSQL ? QStringLiteral("UUID") : QStringLiteral("CHAR(36)");
    }
    return QStringLiteral("TEXT");
}

// A column default as the target engine spells it, or empty when it has none that carries across engines.
// Constants (numbers, quoted strings, booleans) and "the current date/time" carry; PostgreSQL's casts are
// dropped; sequences are the auto-increment; anything else (a function such as gen_random_uuid()) is left
// out and the application's own default applies, as docs/dump-format.md says.
QString portableDefault(Engine engine, const DumpColumn &c)
{
    if (c.autoIncrement)
        return {};
    QString d = c.defaultValue.trimmed();
    // SQLite keeps the default as written, often in parentheses: (0), ('x'), (datetime('now')).
    while (d.size() >= 2 && d.startsWith(u'(') && d.endsWith(u')'))
        d = d.mid(1, d.size() - 2).trimmed();
    static const QRegularExpression cast(QStringLiteral("^(.*?)::[a-z_ \"]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto m = cast.match(d); m.hasMatch(); m = cast.match(d))
        d = m.captured(1).trimmed();
    while (d.size() >= 2 && d.startsWith(u'(') && d.endsWith(u')'))
        d = d.mid(1, d.size() - 2).trimmed();
    if (d.isEmpty() || d.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 || d.startsWith(QLatin1String("nextval("), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression quoted(QStringLiteral("^'(?:[^'\\\\]|'')*'$"));
    static const QRegularExpression now(QStringLiteral("^(now\\(\\)|current_timestamp(\\(\\d?\\))?|localtimestamp(\\(\\d?\\))?|"
                                                       "datetime\\('now'\\)|transaction_timestamp\\(\\)|statement_timestamp\\(\\))$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression today(QStringLiteral("^(current_date(\\(\\))?|curdate\\(\\)|date\\('now'\\))$"), QRegularExpression::CaseInsensitiveOption);
    const QString lower = d.toLower();
    if (c.type == ValueType::Boolean) {
        bool truth;
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("'t'") || lower == QLatin1String("'1'")
            || lower == QLatin1String("'true'"))
            truth = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("'f'")
                 || lower == QLatin1String("'0'") || lower == QLatin1String("'false'"))
            truth = false;
        else
            return {};
        if (engine == Engine::PostgreSQL)
            return truth ? QStringLiteral("true") : QStringLiteral("false");
        return truth ? QStringLiteral("1") : QStringLiteral("0");
    }
    if (now.match(d).hasMatch()) {
        if (c.type == ValueType::Timestamp || c.type == ValueType::TimestampTz)
            // MariaDB's DATETIME(6) takes CURRENT_TIMESTAMP(6); a plain one would be refused as a precision mismatch.
            return engine == Engine::MySQL ? QStringLiteral("CURRENT_TIMESTAMP(6)") : QStringLiteral("CURRENT_TIMESTAMP");
        return {};
    }
    if (today.match(d).hasMatch())
        return c.type == ValueType::Date && engine != Engine::MySQL ? QStringLiteral("CURRENT_DATE") : QString();
    const bool numeric = c.type == ValueType::Integer || c.type == ValueType::Decimal || c.type == ValueType::Float;
    if (number.match(d).hasMatch()) {
        if (numeric)
            return d;
        return c.type == ValueType::Text ? u'\'' + d + u'\'' : QString();
    }
    if (quoted.match(d).hasMatch()) {
        // Only a literal that means a value of the column's type on every engine: text as it is; numbers, dates
        // and times in their ISO spelling (MySQL's zero dates are out of range elsewhere); nothing else.
        const QString inner = d.mid(1, d.size() - 2);
        static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        static const QRegularExpression isoTime(QStringLiteral("^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$"));
        static const QRegularExpression isoStamp(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?$"));
        const bool zeroDate = inner.startsWith(QLatin1String("0000")) || inner.mid(5, 2) == QLatin1String("00") || inner.mid(8, 2) == QLatin1String("00");
        switch (c.type) {
        case ValueType::Text:
        case ValueType::Json:
        case ValueType::Uuid: return d;
        case ValueType::Integer:
        case ValueType::Decimal:
        case ValueType::Float: return number.match(inner).hasMatch() ? inner : QString();
        case ValueType::Date: return isoDate.match(inner).hasMatch() && !zeroDate ? d : QString();
        case ValueType::Time: return isoTime.match(inner).hasMatch() ? d : QString();
        case ValueType::Timestamp:
        case ValueType::TimestampTz: return isoStamp.match(inner).hasMatch() && !zeroDate ? d : QString();
        default: return {}; // binary: escapes differ between engines
        }
    }
    return {};
}

} // namespace

Result<ImportTarget> openTarget(const ConnectionProfile &profile, const QString &secret)
{
    ImportTarget t;
    auto opened = DatabaseSession::open(profile, secret);
    if (!opened)
        return opened.error();
    t.session = opened.take();
    t.secret = secret;
    if (auto st = prepareSession(*t.session); !st)
        return st.error();
    if (auto info = t.session->serverInfo())
        t.product = info->product + u' ' + info->version;
    SchemaReader reader(*t.session);
    auto listed = reader.listTables(true);
    if (!listed)
        return listed.error();
    for (const TableInfo &ti : *listed) {
        if (ti.view)
            continue;
        auto d = describeTable(*t.session, ti.name);
        if (!d)
            return d.error();
        t.tables.insert(ti.name, d.take());
        t.counts.insert(ti.name, ti.rowCount);
    }
    if (auto m = reader.markers())
        t.markers = m.take();
    return t;
}

// Tables in foreign-key order: a referenced table loads before the tables that reference it. Cycles and
// self-references cannot be ordered; their constraints are deferred to the commit instead.
QStringList foreignKeyOrder(const QList<const DumpTable *> &tables, bool *cyclic)
{
    QHash<QString, QSet<QString>> deps;
    QSet<QString> names;
    for (const DumpTable *t : tables)
        names.insert(t->name);
    *cyclic = false;
    for (const DumpTable *t : tables) {
        QSet<QString> &d = deps[t->name];
        for (const ForeignKeyInfo &fk : t->foreignKeys) {
            if (fk.referencedTable == t->name)
                *cyclic = true;
            else if (names.contains(fk.referencedTable))
                d.insert(fk.referencedTable);
        }
    }
    QStringList order;
    QStringList pending;
    for (const DumpTable *t : tables)
        pending.append(t->name);
    std::sort(pending.begin(), pending.end());
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (int i = 0; i < pending.size(); ++i) {
            const QString name = pending.at(i);
            const QSet<QString> &d = deps[name];
            if (std::all_of(d.begin(), d.end(), [&order](const QString &x) { return order.contains(x); })) {
                order.append(name);
                pending.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) { // a cycle: take the first, its constraints wait for the commit
            *cyclic = true;
            order.append(pending.takeFirst());
        }
    }
    return order;
}

LoadTransaction::LoadTransaction(const DatabaseSession &session, bool foreignKeyChecks)
    : m_session(session), m_foreignKeyChecks(foreignKeyChecks)
{
}

LoadTransaction::~LoadTransaction()
{
    if (m_open)
        rollback();
}

Status LoadTransaction::run(const QString &sql) const
{
    QSqlQuery q(m_session.db());
    if (!q.exec(sql))
        return DatabaseSession::mapError(m_session.engine(), q.lastError(), m_session.profile());
    return success();
}

Status LoadTransaction::begin()
{
    // Constraints wait for the commit, so that load order, cycles and self-references do not matter:
    // deferred on PostgreSQL (Django creates its foreign keys DEFERRABLE) and SQLite, off on MySQL.
    switch (m_session.engine()) {
    case Engine::MySQL:
        if (auto st = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")); !st)
            return st;
        if (auto st = run(QStringLiteral("START TRANSACTION")); !st)
            return st;
        break;
    case Engine::SQLite:
        run(m_foreignKeyChecks ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
        if (auto st = run(QStringLiteral("BEGIN")); !st)
            return st;
        run(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        break;
    default:
        if (auto st = run(QStringLiteral("BEGIN")); !st)
            return st;
        run(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
        break;
    }
    m_open = true;
    return success();
}

Status LoadTransaction::commit()
{
    m_open = false;
    const Status st = run(QStringLiteral("COMMIT"));
    if (m_session.engine() == Engine::MySQL)
        run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    if (!st) {
        run(QStringLiteral("ROLLBACK"));
        // Deferred constraints are checked at the commit: name that cause only when the engine says so.
        const QString why = st.errorMessage();
        const bool constraint = why.contains(QLatin1String("foreign key"), Qt::CaseInsensitive) || why.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                                || why.contains(QLatin1String("23503")) || why.contains(QLatin1String("23000"));
        return Error::make(st.error().kind, constraint ? tr("The commit failed (%1), probably a foreign key without its row.").arg(why)
                                                       : tr("The commit failed (%1).").arg(why));
    }
    return success();
}

void LoadTransaction::rollback()
{
    m_open = false;
    run(QStringLiteral("ROLLBACK"));
    if (m_session.engine() == Engine::MySQL)
        run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
}

Status resetSequences(const DatabaseSession &session, const DumpTable &t)
{
    if (session.engine() != Engine::PostgreSQL)
        return success(); // MySQL moves AUTO_INCREMENT past explicit values itself; SQLite uses max(rowid)
    for (const DumpColumn &c : t.columns) {
        if (!c.autoIncrement || c.type != ValueType::Integer)
            continue;
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"));
        q.addBindValue(session.quote(t.name));
        q.addBindValue(c.name);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            continue;
        const QString seq = q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("SELECT setval('%1', COALESCE(MAX(%2), 0) + 1, false) FROM %3")
                        .arg(QString(seq).replace(u'\'', QLatin1String("''")), session.quote(c.name), session.quote(t.name))))
            return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    }
    return success();
}

namespace {

// Counts the dump rows whose primary key the target table already holds, 500 keys a query.
Result<qint64> countCollisions(const DumpSource &source, const DumpTable &dumpTable, const DumpTable &targetTable,
                               const DatabaseSession &session, JobContext *job)
{
    QList<int> keyIdx;
    QList<ValueType> keyTypes;
    for (const QString &k : dumpTable.primaryKey) {
        const int i = dumpTable.columnIndex(k);
        const int ti = targetTable.columnIndex(k);
        if (i < 0 || ti < 0)
            return qint64(0);
        keyIdx.append(i);
        keyTypes.append(targetTable.columns.at(ti).type);
    }
    if (keyIdx.isEmpty())
        return qint64(0);
    QStringList quotedKeys;
    for (const QString &k : dumpTable.primaryKey)
        quotedKeys.append(session.quote(k));
    const QString keyTuple = u'(' + quotedKeys.join(QStringLiteral(", ")) + u')';
    QString oneTuple = QStringLiteral("(") + QStringList(QList<QString>(keyIdx.size(), QStringLiteral("?"))).join(QStringLiteral(", ")) + u')';
    qint64 collisions = 0;
    QVariantList batch;
    int inBatch = 0;
    QSqlQuery q(session.db());
    auto flush = [&]() -> Status {
        if (!inBatch)
            return success();
        QStringList tuples(inBatch, oneTuple);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IN (%3)").arg(session.quote(targetTable.name), keyTuple, tuples.join(u',')));
        for (const QVariant &v : std::as_const(batch))
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
        collisions += q.value(0).toLongLong();
        q.finish();
        batch.clear();
        inBatch = 0;
        return success();
    };
    TableReader reader(source, dumpTable);
    Row row;
    while (reader.next(row)) {
        for (int j = 0; j < keyIdx.size(); ++j) {
            QVariant v;
            QString why;
            if (!bindValue(row.at(keyIdx.at(j)), dumpTable.columns.at(keyIdx.at(j)).type, keyTypes.at(j), session.engine(), &v, &why))
                v = QVariant(); // a key that cannot be converted collides with nothing; the load reports it
            batch.append(v);
        }
        if (++inBatch >= 500)
            if (auto st = flush(); !st)
                return st.error();
        if (job && job->isCanceled())
            return job->canceledError();
    }
    if (!reader.error().isEmpty())
        return Error::make(ErrorKind::InvalidInput, reader.error());
    if (auto st = flush(); !st)
        return st.error();
    return collisions;
}

QString pluralRows(qint64 n) { return n == 1 ? tr("1 row") : tr("%1 rows").arg(n); }

// ---------------------------------------------------------------------------------------------------------
// Checkpoints of a resumable import: one row per table (the next chunk to load) and one row named "#" holding the dump's identity and the statements still to run at the end (foreign keys dropped for
// the load, indexes of created tables), all written in the transaction of the chunk they follow.

constexpr char CheckpointHeader[] = "#"; // the row with the dump's identity and the pending statements

struct Checkpoint
{
    bool exists = false;
    QString dumpId;
    QHash<QString, int> nextChunk;
    QStringList pending;
};

// The dump's identity: its tables and the checksums of their chunks.
QString dumpIdentity(const Manifest &m)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const DumpTable &t : m.tables) {
        h.addData(t.name.toUtf8());
        h.addData(QByteArrayView("\n"));
        for (const DumpChunk &c : t.chunks)
            h.addData(c.sha256.toLatin1());
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<Checkpoint> readCheckpoint(const DatabaseSession &session, bool exists)
{
    Checkpoint cp;
    if (!exists)
        return cp;
    cp.exists = true;
    QSqlQuery q(session.db());
    if (!q.exec(QStringLiteral("SELECT tbl, next_chunk, info FROM ") + session.quote(QLatin1String(CheckpointTableName))))
        return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (table == QLatin1String(CheckpointHeader)) {
            const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            cp.dumpId = o.value(QLatin1String("dump")).toString();
            for (const QJsonValue &v : o.value(QLatin1String("pending")).toArray())
                cp.pending.append(v.toString());
        } else {
            cp.nextChunk.insert(table, q.value(1).toInt());
        }
    }
    return cp;
}

Status writeCheckpoint(const DatabaseSession &session, const QString &table, int nextChunk, const QString &info);

// The "#" row: the dump's identity and the statements still to run at the end.
Status writeCheckpointHeader(const DatabaseSession &session, const QString &dumpId, const QString &source, const QStringList &pending)
{
    const QJsonObject info{{QStringLiteral("dump"), dumpId}, {QStringLiteral("source"), source},
                           {QStringLiteral("pending"), QJsonArray::fromStringList(pending)}};
    return writeCheckpoint(session, QLatin1String(CheckpointHeader), 0, QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
}

Status writeCheckpoint(const DatabaseSession &session, const QString &table, int nextChunk, const QString &info)
{
    const QString name = session.quote(QLatin1String(CheckpointTableName));
    QSqlQuery q(session.db());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE tbl = ?").arg(name));
    q.addBindValue(table);
    if (!q.exec())
        return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    q.prepare(QStringLiteral("INSERT INTO %1 (tbl, next_chunk, info) VALUES (?, ?, ?)").arg(name));
    q.addBindValue(table);
    q.addBindValue(nextChunk);
    q.addBindValue(info.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(info));
    if (!q.exec())
        return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    return success();
}

Result<PreflightReport> runPreflight(const DumpSource &source, ImportTarget &target, const ImportOptions &options, JobContext *job,
                                     QList<const DumpTable *> *selectedOut)
{
    PreflightReport report;
    report.targetProduct = target.product;
    const Manifest &m = source.manifest();
    auto issue = [&report](PreflightIssue::Severity s, const QString &table, const QString &message) {
        report.issues.append({s, table, message});
        if (s == PreflightIssue::Problem)
            report.canImport = false;
    };
    if (options.verifyDump) {
        if (job)
            job->setStatus(tr("Verifying the dump"));
        report.verify = verifyDump(source, job);
        for (const VerifyProblem &p : std::as_const(report.verify.problems))
            issue(PreflightIssue::Problem, p.table, p.where.isEmpty() ? p.message : p.where + QStringLiteral(": ") + p.message);
        if (job && job->isCanceled())
            return job->canceledError();
    }
    for (const QString &t : options.tables)
        if (m.tableIndex(t) < 0)
            return Error::make(ErrorKind::NotFound, tr("The dump has no table “%1”.").arg(t));

    // Markers: the application's migration state on both sides.
    const auto markerSeverity = options.strict ? PreflightIssue::Problem : PreflightIssue::Warning;
    if (m.markers.hasAlembic && target.markers.hasAlembic) {
        QStringList a = m.markers.alembicVersions, b = target.markers.alembicVersions;
        a.sort();
        b.sort();
        if (a != b)
            issue(markerSeverity, QStringLiteral("alembic_version"),
                  tr("The dump was taken at Alembic revisions %1; the target is at %2.")
                      .arg(a.join(QStringLiteral(", ")), b.isEmpty() ? tr("none") : b.join(QStringLiteral(", "))));
    }
    if (m.markers.hasDjango && target.markers.hasDjango) {
        QHash<QString, QString> theirs;
        for (const auto &[app, name] : target.markers.djangoLatest)
            theirs.insert(app, name);
        QStringList differences;
        for (const auto &[app, name] : m.markers.djangoLatest)
            if (theirs.value(app) != name)
                differences.append(QStringLiteral("%1 (%2 → %3)").arg(app, name, theirs.value(app, tr("none"))));
        if (!differences.isEmpty())
            issue(markerSeverity, QStringLiteral("django_migrations"),
                  tr("The target's Django migrations differ from the dump's: %1.").arg(differences.join(QStringLiteral(", "))));
    }
    if ((m.markers.hasDjango && !target.markers.hasDjango) || (m.markers.hasAlembic && !target.markers.hasAlembic))
        issue(PreflightIssue::Info, {}, tr("The target has no migration history table; the dump's will be imported with it."));

    // A checkpointed import that was interrupted: only --resume goes on with it.
    const bool checkpointExists = target.tables.contains(QLatin1String(CheckpointTableName));
    auto checkpoint = readCheckpoint(*target.session, checkpointExists);
    if (!checkpoint)
        return checkpoint.error();
    if (options.resume) {
        if (!checkpointExists) {
            issue(PreflightIssue::Problem, {}, tr("There is no interrupted import to resume in this database."));
        } else if (checkpoint->dumpId != dumpIdentity(m)) {
            issue(PreflightIssue::Problem, {}, tr("The interrupted import in this database is of another dump: resume it with that dump, "
                                                  "or drop the table %1 to start again.").arg(QLatin1String(CheckpointTableName)));
        } else {
            int done = 0, all = 0;
            for (const DumpTable &t : m.tables) {
                all += int(t.chunks.size());
                done += std::min(int(t.chunks.size()), checkpoint->nextChunk.value(t.name, 0));
            }
            issue(PreflightIssue::Info, {}, tr("Resuming the interrupted import: %1 of %2 chunks are loaded; the load goes on after them.").arg(done).arg(all));
        }
    } else if (checkpointExists) {
        issue(PreflightIssue::Problem, {}, tr("An interrupted import waits in this database (table %1): resume it, or drop that table to start again.")
                                               .arg(QLatin1String(CheckpointTableName)));
    }
    // MySQL tables on an engine without transactions keep what was written before a failure.
    if (target.session->engine() == Engine::MySQL) {
        QSqlQuery q(target.session->db());
        if (q.exec(QStringLiteral("SELECT TABLE_NAME, ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                  "AND TABLE_TYPE = 'BASE TABLE' AND ENGINE IS NOT NULL AND ENGINE <> 'InnoDB'"))) {
            while (q.next())
                if (m.tableIndex(q.value(0).toString()) >= 0) {
                    if (options.checkpoint || options.resume)
                        // The rows of a chunk that failed would stay while its checkpoint rolls back: a resume
                        // would meet them again.
                        issue(PreflightIssue::Problem, q.value(0).toString(),
                              tr("The table uses the %1 storage engine, which cannot roll back, so a checkpointed import into it "
                                 "cannot be resumed exactly; convert it first (ALTER TABLE … ENGINE=InnoDB).").arg(q.value(1).toString()));
                    else
                        issue(PreflightIssue::Warning, q.value(0).toString(),
                              tr("The table uses the %1 storage engine, which cannot roll back: should the import fail, the rows "
                                 "already loaded into it stay.").arg(q.value(1).toString()));
                }
        }
    }

    QList<const DumpTable *> selected;
    for (const DumpTable &t : m.tables) {
        PreflightTable pt;
        pt.table = t.name;
        pt.rows = t.rows;
        pt.exists = target.tables.contains(t.name);
        pt.targetRows = pt.exists ? target.counts.value(t.name, -1) : -1;
        if (!options.tables.isEmpty() && !options.tables.contains(t.name)) {
            pt.skip = true;
        } else if (options.excludePlugins && isPluginTable(t.name)) {
            pt.skip = true;
            issue(PreflightIssue::Info, t.name, tr("A plugin table: left out (--exclude-plugins)."));
        } else if (!pt.exists) {
            if (options.createTables) {
                pt.create = true;
                issue(PreflightIssue::Info, t.name, tr("Not in the target: it will be created from the dump's schema."));
            } else if (options.ignoreNonexistent) {
                pt.skip = true;
                issue(PreflightIssue::Warning, t.name, tr("Not in the target: its %1 are left out (--ignore-nonexistent).").arg(pluralRows(t.rows)));
            } else {
                issue(PreflightIssue::Problem, t.name, tr("The target has no table “%1” (create it with the application's migrations, or allow creating tables).").arg(t.name));
            }
        }
        if (!pt.skip && pt.exists) {
            const DumpTable &tt = target.tables[t.name];
            for (const DumpColumn &c : t.columns) {
                const int ti = tt.columnIndex(c.name);
                if (ti < 0) {
                    if (options.ignoreNonexistent)
                        issue(PreflightIssue::Warning, t.name, tr("The target has no column “%1”: its values are left out.").arg(c.name));
                    else
                        issue(PreflightIssue::Problem, t.name, tr("The target has no column “%1”: its values would be lost.").arg(c.name));
                    continue;
                }
                const DumpColumn &tc = tt.columns.at(ti);
                if (tc.type != c.type)
                    issue(compatibleTypes(tc.type, c.type) ? PreflightIssue::Info : PreflightIssue::Warning, t.name,
                          tr("Column “%1” changes type: %2 (%3) in the dump, %4 (%5) in the target.")
                              .arg(c.name, valueTypeKey(c.type), c.engineType, valueTypeKey(tc.type), tc.engineType));
            }
            for (const DumpColumn &tc : tt.columns)
                if (t.columnIndex(tc.name) < 0 && !tc.nullable && tc.defaultValue.isEmpty() && !tc.autoIncrement)
                    issue(PreflightIssue::Problem, t.name, tr("The target's column “%1” is NOT NULL without a default, and the dump has no values for it.").arg(tc.name));
            if (!options.clear && !options.resume && pt.targetRows != 0 && t.rows > 0) {
                if (job)
                    job->setStatus(tr("Looking for key collisions in %1").arg(t.name));
                auto c = countCollisions(source, t, tt, *target.session, job);
                if (!c)
                    return c.error();
                pt.collisions = *c;
                if (pt.collisions > 0)
                    issue(PreflightIssue::Problem, t.name,
                          tr("%1 of the dump already exist in the target (same primary key); clear the table first or leave it out.")
                              .arg(pluralRows(pt.collisions)));
            }
        }
        if (!pt.skip)
            selected.append(&t);
        report.tables.append(pt);
    }
    bool cyclic = false;
    QList<const DumpTable *> forOrder;
    for (const DumpTable *t : selected)
        forOrder.append(target.tables.contains(t->name) ? &target.tables[t->name] : t);
    report.loadOrder = foreignKeyOrder(forOrder, &cyclic);
    if (cyclic)
        issue(PreflightIssue::Info, {}, tr("Some foreign keys form cycles or reference their own table: they are checked at the commit."));
    if (selectedOut)
        *selectedOut = selected;
    return report;
}

// What the handler reads from: the dump's rows as LOAD DATA's default text format (tab-separated, \N for NULL,
// backslash escapes), made on demand while the server loads what it has.
struct InfileFeed
{
    TableReader *reader = nullptr;
    const DumpTable *dumpTable = nullptr;
    QList<int> dumpIdx;
    QList<ValueType> targetTypes;
    QList<int> targetScales;
    JobContext *job = nullptr;
    std::string buffer;
    size_t offset = 0;
    bool done = false;
    bool started = false;
    Error error;
    bool failed = false;
    qint64 rows = 0;
    qint64 sinceProgress = 0;
    ElementRow er; // one parser for the whole table

    static void escape(std::string &out, const char *p, size_t n)
    {
        size_t from = 0;
        for (size_t i = 0; i < n; ++i) {
            const char c = p[i];
            const char *rep = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\0' ? "\\0" : nullptr;
            if (!rep)
                continue;
            out.append(p + from, i - from);
            out.append(rep, 2);
            from = i + 1;
        }
        out.append(p + from, n - from);
    }

    bool produceRow(ElementRow &er)
    {
        static const SqlEscape tsv = [](std::string &out, const char *p, size_t n) { escape(out, p, n); };
        for (int j = 0; j < dumpIdx.size(); ++j) {
            if (j)
                buffer.push_back('\t');
            const int i = dumpIdx.at(j);
            const simdjson::dom::element el = er.at(i);
            if (el.is_null()) {
                buffer.append("\\N", 2);
                continue;
            }
            // More fraction digits than the column keeps: rounded here as the server would round an INSERT
            // (LOAD DATA would warn where INSERT notes it).
            if (targetTypes.at(j) == ValueType::Decimal && targetScales.at(j) >= 0 && el.is_string()) {
                const std::string_view sv = el.get_string();
                const size_t dot = sv.find('.');
                if (dot != std::string_view::npos && sv.size() - dot - 1 > size_t(targetScales.at(j))) {
                    const QByteArray rounded = roundDecimalTo(QString::fromUtf8(sv.data(), qsizetype(sv.size())), targetScales.at(j)).toUtf8();
                    escape(buffer, rounded.constData(), size_t(rounded.size()));
                    continue;
                }
            }
            if (targetTypes.at(j) != ValueType::Binary && jsonToSqlLiteral(el, targetTypes.at(j), tsv, buffer))
                continue;
            QVariant v;
            QString why;
            const bool bound = bindValue(cellFromJson(el), dumpTable->columns.at(i).type, targetTypes.at(j), Engine::MySQL, &v, &why);
            if (bound && v.isNull()) {
                buffer.append("\\N", 2);
            } else if (bound && v.metaType().id() == QMetaType::QByteArray) {
                const QByteArray hex = v.toByteArray().toHex(); // the column takes UNHEX() of it
                buffer.append(hex.constData(), size_t(hex.size()));
            } else if (!bound || !variantToSqlLiteral(v, tsv, buffer)) {
                if (why.isEmpty())
                    why = tr("the value has no MySQL literal");
                failed = true;
                error = Error::make(ErrorKind::InvalidInput, tr("Row %1 of “%2” does not fit the target (%3); nothing was imported.")
                                                                 .arg(reader->rowsRead()).arg(dumpTable->name, tr("column “%1”: %2").arg(dumpTable->columns.at(i).name, why)));
                return false;
            }
        }
        buffer.push_back('\n');
        ++rows;
        if (++sinceProgress >= 1000) {
            if (job) {
                job->addDone(sinceProgress);
                if (job->isCanceled()) {
                    failed = true;
                    error = job->canceledError();
                    sinceProgress = 0;
                    return false;
                }
            }
            sinceProgress = 0;
        }
        return true;
    }

    // The handler's read(): up to n bytes, 0 at the end, -1 on an error. libmariadb asks for a whole packet
    // (16 MB) at a time; 256 KB is handed over per call, which keeps the buffer (and memory) small.
    int read(char *out, unsigned int n)
    {
        if (failed)
            return -1;
        n = std::min(n, 256u << 10);
        if (offset > 0) { // what was handed over goes; the rest moves to the front
            buffer.erase(0, offset);
            offset = 0;
        }
        while (buffer.size() < n && !done) {
            for (int k = 0; k < 256 && !done; ++k) {
                if (!reader->next(er)) {
                    done = true;
                    if (!reader->error().isEmpty()) {
                        failed = true;
                        error = Error::make(ErrorKind::InvalidInput, reader->error());
                        return -1;
                    }
                } else if (!produceRow(er)) {
                    return -1;
                }
            }
        }
        const size_t take = std::min<size_t>(n, buffer.size() - offset);
        memcpy(out, buffer.data() + offset, take);
        offset += take;
        if (offset == buffer.size()) {
            buffer.clear();
            offset = 0;
        }
        return int(take);
    }

    static int initCb(void **ptr, const char *filename, void *userdata)
    {
        auto *feed = static_cast<InfileFeed *>(userdata);
        *ptr = feed;
        // Only the stream this import asked for: a server asking for any other file gets nothing.
        if (!feed || qstrcmp(filename, "godwit-stream") != 0 || feed->started)
            return 1;
        feed->started = true;
        return 0;
    }
    static int readCb(void *ptr, char *buf, unsigned int n) { return ptr ? static_cast<InfileFeed *>(ptr)->read(buf, n) : -1; }
    static void endCb(void *) {}
    static int errorCb(void *ptr, char *msg, unsigned int n)
    {
        auto *feed = static_cast<InfileFeed *>(ptr);
        const QByteArray text = feed && feed->failed ? feed->error.message.toUtf8() : QByteArray("godwit: refused a file the server asked for");
        qstrncpy(msg, text.constData(), n);
        return 2000; // CR_UNKNOWN_ERROR
    }
};

// MariaDB/MySQL bulk loads through LOAD DATA LOCAL INFILE, fed from the dump by a local-infile handler (the
// "file" is a stream Godwit produces; the handler serves nothing else, so the server can never read a
// local file). Qt's driver cannot enable LOCAL INFILE, so this runs on a second libmariadb connection with
// its own transaction, which then carries every write of the import: used when every loaded table was created
// by the import (whatever fails, dropping them leaves the target as it was), or when none was and all are
// InnoDB (the clearing runs on this connection too, so that a rollback takes everything back).
class MysqlInfile
{
public:
    static std::unique_ptr<MysqlInfile> open(const ConnectionProfile &p, const QString &secret, QString *why)
    {
        auto c = std::unique_ptr<MysqlInfile>(new MysqlInfile);
        c->m_my = mysql_init(nullptr);
        if (!c->m_my) {
            *why = QStringLiteral("mysql_init failed");
            return nullptr;
        }
        // From the start, a server asking for a local file gets none (the handler serves only a feed).
        mysql_set_local_infile_handler(c->m_my, InfileFeed::initCb, InfileFeed::readCb, InfileFeed::endCb, InfileFeed::errorCb, nullptr);
        unsigned int connectTimeout = 10, ioTimeout = 600, localInfile = 1;
        mysql_options(c->m_my, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
        mysql_options(c->m_my, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
        mysql_options(c->m_my, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
        mysql_options(c->m_my, MYSQL_OPT_LOCAL_INFILE, &localInfile);
        const QByteArray ca = p.caFile.toUtf8();
        if (!ca.isEmpty())
            mysql_options(c->m_my, MYSQL_OPT_SSL_CA, ca.constData());
        const QByteArray host = p.host.toUtf8(), user = p.user.toUtf8(), pw = secret.toUtf8(), db = p.database.toUtf8();
        if (!mysql_real_connect(c->m_my, host.constData(), user.constData(), pw.constData(), db.constData(),
                                static_cast<unsigned int>(std::max(0, p.port)), nullptr, 0)) {
            *why = QString::fromUtf8(mysql_error(c->m_my));
            return nullptr;
        }
        mysql_set_character_set(c->m_my, "utf8mb4");
        for (const QString &sql : sessionSetup(Engine::MySQL) + QStringList{QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"),
                                                                              QStringLiteral("START TRANSACTION")})
            if (!c->run(sql.toUtf8())) {
                *why = QString::fromUtf8(mysql_error(c->m_my));
                return nullptr;
            }
        return c;
    }
    ~MysqlInfile()
    {
        if (m_my) {
            if (m_open)
                run("ROLLBACK");
            mysql_close(m_my);
        }
    }
    bool run(const QByteArray &sql) { return mysql_real_query(m_my, sql.constData(), static_cast<unsigned long>(sql.size())) == 0; }
    Status exec(const QString &sql)
    {
        if (run(sql.toUtf8()))
            return success();
        const unsigned code = mysql_errno(m_my);
        return Error::make(code == CR_SERVER_LOST || code == CR_SERVER_GONE_ERROR ? ErrorKind::HostUnreachable : ErrorKind::Server,
                           QString::fromUtf8(mysql_error(m_my)).simplified());
    }
    Status commit()
    {
        m_open = false;
        if (!run("COMMIT")) {
            const unsigned code = mysql_errno(m_my);
            return Error::make(code == CR_SERVER_LOST || code == CR_SERVER_GONE_ERROR ? ErrorKind::HostUnreachable : ErrorKind::Server,
                               tr("The commit of the loaded rows failed: %1").arg(QString::fromUtf8(mysql_error(m_my))));
        }
        return success();
    }
    MYSQL *handle() const { return m_my; }

private:
    MysqlInfile() = default;
    MYSQL *m_my = nullptr;
    bool m_open = true;
};

// One COPY FROM STDIN on libpq, fed in pieces while the server works on what it has. Errors the server finds
// in the data arrive at the end (or when the connection breaks); abort() ends the COPY with an error so that
// the server discards it.
class CopyStream
{
public:
    using ErrorFor = std::function<Error(PGresult *)>;
    CopyStream(PGconn *conn, ErrorFor errorFor) : m_conn(conn), m_errorFor(std::move(errorFor)) {}
    ~CopyStream() { abort(); }
    Status begin(const QByteArray &sql)
    {
        PGresult *res = PQexec(m_conn, sql.constData());
        if (PQresultStatus(res) != PGRES_COPY_IN) {
            const Error e = m_errorFor(res);
            PQclear(res);
            return e;
        }
        PQclear(res);
        m_open = true;
        return success();
    }
    Status put(const QByteArray &data)
    {
        if (data.isEmpty())
            return success();
        if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
            m_open = false;
            const Error e = m_errorFor(nullptr);
            drain();
            return e;
        }
        return success();
    }
    Status end()
    {
        if (!m_open)
            return success();
        m_open = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1) {
            const Error e = m_errorFor(nullptr);
            drain();
            return e;
        }
        Error failure;
        bool ok = true;
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && ok) {
                ok = false;
                failure = m_errorFor(res);
            }
            PQclear(res);
        }
        if (!ok)
            return failure;
        return success();
    }
    void abort()
    {
        if (!m_open)
            return;
        m_open = false;
        PQputCopyEnd(m_conn, "godwit: the load stopped");
        drain();
    }

private:
    void drain()
    {
        while (PGresult *res = PQgetResult(m_conn))
            PQclear(res);
    }
    PGconn *m_conn;
    ErrorFor m_errorFor;
    bool m_open = false;
};

class Loader
{
public:
    Loader(const DumpSource &source, ImportTarget &target, const ImportOptions &options, JobContext *job)
        : m_source(source), m_target(target), m_options(options), m_job(job), m_session(*target.session)
    {
    }

    Result<ImportResult> run(PreflightReport report, const QList<const DumpTable *> &selected);

private:
    Status exec(const QString &sql)
    {
        QSqlQuery q(m_session.db());
        if (!q.exec(sql))
            return DatabaseSession::mapError(m_session.engine(), q.lastError(), m_session.profile());
        return success();
    }
    Status loadTable(const DumpTable &dumpTable, const DumpTable &targetTable);
    Status loadMysql(MYSQL *my, TableReader &reader, const DumpTable &dumpTable, const DumpTable &targetTable,
                     const QList<int> &dumpIdx, const QList<ValueType> &targetTypes, const QStringList &quotedColumns);
    Status insertBatch(QSqlQuery &q, const QString &singleRowSql, const QList<QVariantList> &values, const QList<Row> &raw, const DumpTable &t);
    Status insertEach(const QString &singleRowSql, const QList<QVariantList> &values, const QList<Row> &raw, const DumpTable &t);
    Status copyBatch(PGconn *conn, const QByteArray &copySql, const QString &singleRowSql, const QByteArray &data, qint64 rows,
                     const std::function<QList<QVariantList>()> &values, const QList<Row> &raw, const DumpTable &t);
    Status reject(const DumpTable &t, const Row &row, const QString &why);
    static Error copyError(PGconn *conn, PGresult *res, const DumpTable &t);
    Status loadMysqlInfile(TableReader &reader, const DumpTable &dumpTable, const DumpTable &targetTable, const QList<int> &dumpIdx,
                           const QList<ValueType> &targetTypes, const QStringList &quotedColumns);
    QString insertSql(const DumpTable &targetTable, const QStringList &columns, int rows) const;

    const DumpSource &m_source;
    ImportTarget &m_target;
    const ImportOptions &m_options;
    JobContext *m_job;
    DatabaseSession &m_session;
    ImportResult m_result;
    std::unique_ptr<QFile> m_rejects;
    int m_savepoint = 0;
    std::unique_ptr<MysqlInfile> m_infile; // LOAD DATA LOCAL on a second connection, when it may be used
};

QString Loader::insertSql(const DumpTable &targetTable, const QStringList &columns, int rows) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(m_session.quote(c));
    const QString tuple = u'(' + QStringList(QList<QString>(columns.size(), QStringLiteral("?"))).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_session.quote(targetTable.name), quoted.join(QStringLiteral(", ")))
           + QStringList(QList<QString>(rows, tuple)).join(u',');
}

Status Loader::reject(const DumpTable &t, const Row &row, const QString &why)
{
    ++m_result.rowsRejected;
    if (!m_rejects) {
        m_result.rejectFile = m_options.rejectFile.isEmpty()
                                  ? QDir(QFileInfo(m_source.path()).absolutePath()).filePath(QFileInfo(m_source.path()).fileName() + QStringLiteral(".rejects.jsonl"))
                                  : m_options.rejectFile;
        m_rejects = std::make_unique<QFile>(m_result.rejectFile);
        if (!m_rejects->open(QIODevice::WriteOnly | (m_options.resume ? QIODevice::Append : QIODevice::Truncate)))
            return Error::make(ErrorKind::Other, tr("Cannot write the reject file %1: %2").arg(m_result.rejectFile, m_rejects->errorString()));
    }
    QByteArray line("{\"table\":");
    appendJsonString(line, t.name);
    line.append(",\"error\":");
    appendJsonString(line, why);
    line.append(",\"row\":[");
    for (int i = 0; i < row.size(); ++i) {
        if (i)
            line.append(',');
        const Cell &c = row.at(i);
        switch (c.kind) {
        case Cell::Null: line.append("null"); break;
        case Cell::Bool: line.append(c.boolean ? "true" : "false"); break;
        case Cell::Int:
        case Cell::Double: line.append(c.text.toLatin1()); break;
        case Cell::String: appendJsonString(line, c.text); break;
        }
    }
    line.append("]}\n");
    m_rejects->write(line);
    if (m_job)
        m_job->warn(tr("Row skipped in %1: %2").arg(t.name, why));
    return success();
}

Status Loader::insertBatch(QSqlQuery &q, const QString &singleRowSql, const QList<QVariantList> &values, const QList<Row> &raw, const DumpTable &t)
{
    auto bindAll = [&q](const QList<QVariantList> &vals, int from, int count) {
        for (int r = from; r < from + count; ++r)
            for (const QVariant &v : vals.at(r))
                q.addBindValue(v);
    };
    if (!m_options.skipOnError) {
        bindAll(values, 0, int(values.size()));
        if (!q.exec())
            return Error::make(ErrorKind::Server, tr("Loading “%1” failed: %2").arg(t.name, q.lastError().databaseText().simplified()));
        m_result.rowsWritten += values.size();
        return success();
    }
    // Skip mode: try the batch under a savepoint; on failure retry row by row, each under its own.
    const QString sp = QStringLiteral("godwit_sp_%1").arg(++m_savepoint);
    if (auto st = exec(QStringLiteral("SAVEPOINT ") + sp); !st)
        return st;
    bindAll(values, 0, int(values.size()));
    if (q.exec()) {
        m_result.rowsWritten += values.size();
        return exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
    }
    if (auto st = exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp); !st)
        return st;
    if (auto st = insertEach(singleRowSql, values, raw, t); !st)
        return st;
    return exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
}

// Skip mode, after a batch failed: row by row, each under its own savepoint, bad rows into the reject file.
Status Loader::insertEach(const QString &singleRowSql, const QList<QVariantList> &values, const QList<Row> &raw, const DumpTable &t)
{
    const QString sp = QStringLiteral("godwit_row_%1").arg(++m_savepoint);
    QSqlQuery single(m_session.db());
    if (!single.prepare(singleRowSql))
        return DatabaseSession::mapError(m_session.engine(), single.lastError(), m_session.profile());
    for (int r = 0; r < values.size(); ++r) {
        if (auto st = exec(QStringLiteral("SAVEPOINT ") + sp); !st)
            return st;
        for (const QVariant &v : values.at(r))
            single.addBindValue(v);
        if (single.exec()) {
            ++m_result.rowsWritten;
            if (auto st = exec(QStringLiteral("RELEASE SAVEPOINT ") + sp); !st)
                return st;
        } else {
            const QString why = single.lastError().databaseText().simplified();
            if (auto st = exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp); !st)
                return st;
            if (auto st = reject(t, raw.at(r), why); !st)
                return st;
        }
    }
    return success();
}

// PostgreSQL's fast path: COPY … FROM STDIN in text format through the driver's own libpq connection, inside
// the import's transaction.
Error Loader::copyError(PGconn *conn, PGresult *res, const DumpTable &t)
{
    const QString message = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).simplified();
    if (PQstatus(conn) == CONNECTION_BAD)
        return Error::make(ErrorKind::HostUnreachable, tr("The server closed the connection while loading “%1” (%2).").arg(t.name, message));
    return Error::make(ErrorKind::Server, tr("Loading “%1” failed: %2").arg(t.name, message));
}

Status Loader::copyBatch(PGconn *conn, const QByteArray &copySql, const QString &singleRowSql, const QByteArray &data, qint64 rows,
                         const std::function<QList<QVariantList>()> &values, const QList<Row> &raw, const DumpTable &t)
{
    const QString sp = QStringLiteral("godwit_copy_%1").arg(++m_savepoint);
    if (m_options.skipOnError)
        if (auto st = exec(QStringLiteral("SAVEPOINT ") + sp); !st)
            return st;
    auto serverError = [&](PGresult *res) { return copyError(conn, res, t); };
    PGresult *res = PQexec(conn, copySql.constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        const Error e = serverError(res);
        PQclear(res);
        return e;
    }
    PQclear(res);
    bool sent = PQputCopyData(conn, data.constData(), int(data.size())) == 1;
    sent = PQputCopyEnd(conn, sent ? nullptr : "godwit: sending failed") == 1 && sent;
    Error failure;
    bool ok = sent;
    while ((res = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            ok = false;
            failure = serverError(res);
        }
        PQclear(res);
    }
    if (!sent && failure.message.isEmpty())
        failure = serverError(nullptr);
    if (ok) {
        m_result.rowsWritten += rows;
        return m_options.skipOnError ? exec(QStringLiteral("RELEASE SAVEPOINT ") + sp) : success();
    }
    if (!m_options.skipOnError || failure.kind == ErrorKind::HostUnreachable)
        return failure;
    // Find the bad rows one by one.
    if (auto st = exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp); !st)
        return st;
    if (auto st = insertEach(singleRowSql, values(), raw, t); !st)
        return st;
    return exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
}

// MariaDB/MySQL, stopping at the first bad row: multi-row INSERT statements of literals (as mysqldump writes
// them), built straight from the parsed lines and sent on the driver's connection without waiting, so that
// the next statement is built while the server runs the last one.
Status Loader::loadMysql(MYSQL *my, TableReader &reader, const DumpTable &dumpTable, const DumpTable &targetTable,
                         const QList<int> &dumpIdx, const QList<ValueType> &targetTypes, const QStringList &quotedColumns)
{
    const QByteArray head = (QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_session.quote(targetTable.name), quotedColumns.join(u','))).toUtf8();
    const SqlEscape escape = [my](std::string &out, const char *p, size_t n) {
        const size_t at = out.size();
        out.resize(at + 2 * n + 2);
        out[at] = '\'';
        const unsigned long written = mysql_real_escape_string(my, out.data() + at + 1, p, static_cast<unsigned long>(n));
        out.resize(at + 1 + written);
        out.push_back('\'');
    };
    std::string stmt[2];
    int cur = 0;
    bool inFlight = false;
    qint64 rowsInFlight = 0, rowsInStmt = 0;
    auto serverError = [&]() {
        return Error::make(mysql_errno(my) == CR_SERVER_LOST || mysql_errno(my) == CR_SERVER_GONE_ERROR ? ErrorKind::HostUnreachable : ErrorKind::Server,
                           tr("Loading “%1” failed: %2").arg(dumpTable.name, QString::fromUtf8(mysql_error(my)).simplified()));
    };
    auto wait = [&]() -> Status {
        if (!inFlight)
            return success();
        inFlight = false;
        if (mysql_read_query_result(my) != 0)
            return serverError();
        m_result.rowsWritten += rowsInFlight;
        if (m_job)
            m_job->addDone(rowsInFlight);
        return success();
    };
    // Whatever ends the load, the connection is left with no statement running.
    struct Drain
    {
        std::function<Status()> wait;
        ~Drain() { (void)wait(); }
    } drain{wait};
    auto send = [&]() -> Status {
        if (auto st = wait(); !st)
            return st;
        if (mysql_send_query(my, stmt[cur].data(), static_cast<unsigned long>(stmt[cur].size())) != 0)
            return serverError();
        inFlight = true;
        rowsInFlight = rowsInStmt;
        rowsInStmt = 0;
        cur ^= 1;
        stmt[cur].clear();
        return success();
    };
    ElementRow er;
    while (reader.next(er)) {
        std::string &out = stmt[cur];
        if (out.empty()) {
            out.reserve(1 << 21);
            out.append(head.constData(), size_t(head.size()));
        } else {
            out.push_back(',');
        }
        out.push_back('(');
        for (int j = 0; j < dumpIdx.size(); ++j) {
            if (j)
                out.push_back(',');
            const int i = dumpIdx.at(j);
            if (jsonToSqlLiteral(er.at(i), targetTypes.at(j), escape, out))
                continue;
            QVariant v;
            QString why;
            if (!bindValue(cellFromJson(er.at(i)), dumpTable.columns.at(i).type, targetTypes.at(j), Engine::MySQL, &v, &why)
                || !variantToSqlLiteral(v, escape, out)) {
                if (why.isEmpty())
                    why = tr("the value has no MySQL literal");
                return Error::make(ErrorKind::InvalidInput, tr("Row %1 of “%2” does not fit the target (%3); nothing was imported.")
                                                                .arg(reader.rowsRead()).arg(dumpTable.name, tr("column “%1”: %2").arg(dumpTable.columns.at(i).name, why)));
            }
        }
        out.push_back(')');
        if (++rowsInStmt >= 20000 || out.size() > (2u << 20))
            if (auto st = send(); !st)
                return st;
        if (m_job && m_job->isCanceled())
            return m_job->canceledError();
    }
    if (!reader.error().isEmpty())
        return Error::make(ErrorKind::InvalidInput, reader.error());
    if (rowsInStmt > 0)
        if (auto st = send(); !st)
            return st;
    return wait();
}

Status Loader::loadMysqlInfile(TableReader &reader, const DumpTable &dumpTable, const DumpTable &targetTable, const QList<int> &dumpIdx,
                               const QList<ValueType> &targetTypes, const QStringList &quotedColumns)
{
    InfileFeed feed;
    feed.reader = &reader;
    feed.dumpTable = &dumpTable;
    feed.dumpIdx = dumpIdx;
    feed.targetTypes = targetTypes;
    for (int j = 0; j < dumpIdx.size(); ++j) {
        const int ti = targetTable.columnIndex(dumpTable.columns.at(dumpIdx.at(j)).name);
        feed.targetScales.append(ti >= 0 ? targetTable.columns.at(ti).scale : -1);
    }
    feed.job = m_job;
    QStringList columns, sets;
    for (int j = 0; j < quotedColumns.size(); ++j) {
        if (targetTypes.at(j) == ValueType::Binary) {
            columns << QStringLiteral("@godwit_%1").arg(j);
            sets << QStringLiteral("%1 = UNHEX(@godwit_%2)").arg(quotedColumns.at(j)).arg(j);
        } else {
            columns << quotedColumns.at(j);
        }
    }
    // LOAD DATA's default format: tab-separated fields, newline-terminated lines, backslash escapes.
    const QByteArray sql = QStringLiteral("LOAD DATA LOCAL INFILE 'godwit-stream' INTO TABLE %1 CHARACTER SET utf8mb4 (%2)%3")
                               .arg(m_session.quote(targetTable.name), columns.join(u','),
                                    sets.isEmpty() ? QString() : QStringLiteral(" SET ") + sets.join(u','))
                               .toUtf8();
    MYSQL *my = m_infile->handle();
    mysql_set_local_infile_handler(my, InfileFeed::initCb, InfileFeed::readCb, InfileFeed::endCb, InfileFeed::errorCb, &feed);
    const bool ok = m_infile->run(sql);
    mysql_set_local_infile_handler(my, InfileFeed::initCb, InfileFeed::readCb, InfileFeed::endCb, InfileFeed::errorCb, nullptr);
    if (feed.failed)
        return feed.error;
    if (!ok)
        return Error::make(mysql_errno(my) == CR_SERVER_LOST || mysql_errno(my) == CR_SERVER_GONE_ERROR ? ErrorKind::HostUnreachable : ErrorKind::Server,
                           tr("Loading “%1” failed: %2").arg(dumpTable.name, QString::fromUtf8(mysql_error(my)).simplified()));
    // A value the server changed on the way in (truncated, adjusted) is a failure, as it is for INSERT in strict mode.
    if (mysql_warning_count(my) > 0) {
        QString first;
        if (m_infile->run("SHOW WARNINGS LIMIT 1"))
            if (MYSQL_RES *res = mysql_store_result(my)) {
                if (MYSQL_ROW row = mysql_fetch_row(res); row && row[2])
                    first = QString::fromUtf8(row[2]);
                mysql_free_result(res);
            }
        return Error::make(ErrorKind::InvalidInput, tr("Loading “%1” changed values on the way in (%2); nothing was imported.").arg(dumpTable.name, first));
    }
    const auto affected = qint64(mysql_affected_rows(my));
    if (affected != feed.rows)
        return Error::make(ErrorKind::Server, tr("Loading “%1”: the server took %2 of %3 rows; nothing was imported.").arg(dumpTable.name).arg(affected).arg(feed.rows));
    if (m_job)
        m_job->addDone(feed.sinceProgress);
    m_result.rowsWritten += feed.rows;
    return success();
}

Status Loader::loadTable(const DumpTable &dumpTable, const DumpTable &targetTable)
{
    QList<int> dumpIdx;
    QList<ValueType> targetTypes;
    QStringList columns;
    for (int i = 0; i < dumpTable.columns.size(); ++i) {
        const int ti = targetTable.columnIndex(dumpTable.columns.at(i).name);
        if (ti < 0)
            continue; // reported by the pre-flight; left out with --ignore-nonexistent
        dumpIdx.append(i);
        targetTypes.append(targetTable.columns.at(ti).type);
        columns.append(dumpTable.columns.at(i).name);
    }
    if (columns.isEmpty() || dumpTable.rows == 0)
        return success();
    // Multi-row statements for client/server engines (bounded by the parameters one statement may carry);
    // SQLite is in-process, so one prepared single-row statement is as fast.
    // PostgreSQL takes COPY batches of 5,000 rows.
    PGconn *conn = m_session.engine() == Engine::PostgreSQL ? nativePostgres(m_session) : nullptr;
    const int batchRows = conn ? 5000
                          : m_session.engine() == Engine::SQLite ? 1
                                                                 : std::max(1, std::min(500, 30000 / int(columns.size())));
    QSqlQuery full(m_session.db());
    if (!conn && !full.prepare(insertSql(targetTable, columns, batchRows)))
        return DatabaseSession::mapError(m_session.engine(), full.lastError(), m_session.profile());
    const QString singleSql = insertSql(targetTable, columns, 1);
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns.append(m_session.quote(c));
    const QByteArray copySql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_session.quote(targetTable.name), quotedColumns.join(QStringLiteral(", "))).toUtf8();
    TableReader reader(m_source, dumpTable);
    Row row;
    QList<QVariantList> values;
    QList<Row> raw;
    values.reserve(batchRows);
    auto flush = [&]() -> Status {
        if (values.isEmpty())
            return success();
        if (values.size() == batchRows) {
            if (auto st = insertBatch(full, singleSql, values, raw, dumpTable); !st)
                return st;
        } else {
            QSqlQuery partial(m_session.db());
            if (!partial.prepare(insertSql(targetTable, columns, int(values.size()))))
                return DatabaseSession::mapError(m_session.engine(), partial.lastError(), m_session.profile());
            if (auto st = insertBatch(partial, singleSql, values, raw, dumpTable); !st)
                return st;
        }
        if (m_job)
            m_job->addDone(values.size());
        values.clear();
        raw.clear();
        return success();
    };
    if (m_infile)
        return loadMysqlInfile(reader, dumpTable, targetTable, dumpIdx, targetTypes, quotedColumns);
    MYSQL *my = nativeMysql(m_session);
    if (my && !m_options.skipOnError && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH"))
        return loadMysql(my, reader, dumpTable, targetTable, dumpIdx, targetTypes, quotedColumns);
    if (conn) {
        // COPY: rows go straight from dump cells into COPY text, 5,000 at a time.
        QByteArray data;
        qint64 inBatch = 0;
        auto boundValues = [&]() {
            QList<QVariantList> out;
            for (const Row &r : std::as_const(raw)) {
                QVariantList vals;
                for (int j = 0; j < dumpIdx.size(); ++j) {
                    QVariant v;
                    QString why;
                    bindValue(r.at(dumpIdx.at(j)), dumpTable.columns.at(dumpIdx.at(j)).type, targetTypes.at(j), m_session.engine(), &v, &why);
                    vals.append(v);
                }
                out.append(vals);
            }
            return out;
        };
        auto send = [&]() -> Status {
            if (inBatch == 0)
                return success();
            if (auto st = copyBatch(conn, copySql, singleSql, data, inBatch, boundValues, raw, dumpTable); !st)
                return st;
            if (m_job)
                m_job->addDone(inBatch);
            data.clear();
            raw.clear();
            inBatch = 0;
            return success();
        };
        if (!m_options.skipOnError) {
            // Stop on the first bad row: no cells needed to reject rows, values go from the parsed line into
            // COPY text (jsonToCopy), the rest through cells. One COPY streams the whole table, so that the
            // server parses and stores rows while the next ones are built here.
            CopyStream stream(conn, [&](PGresult *res) { return copyError(conn, res, dumpTable); });
            if (auto st = stream.begin(copySql); !st)
                return st;
            qint64 pendingRows = 0;
            auto put = [&]() -> Status {
                if (auto st = stream.put(data); !st)
                    return st;
                if (m_job)
                    m_job->addDone(pendingRows);
                data.clear();
                pendingRows = 0;
                return success();
            };
            ElementRow er;
            while (reader.next(er)) {
                QString why;
                bool ok = true;
                for (int j = 0; j < dumpIdx.size() && ok; ++j) {
                    if (j)
                        data.append('\t');
                    const int i = dumpIdx.at(j);
                    const ValueType dumpType = dumpTable.columns.at(i).type;
                    if (!jsonToCopy(er.at(i), dumpType, targetTypes.at(j), data)) {
                        ok = appendCopyCell(data, cellFromJson(er.at(i)), dumpType, targetTypes.at(j), &why);
                        if (!ok)
                            why = tr("column “%1”: %2").arg(columns.at(j), why);
                    }
                }
                if (!ok) {
                    stream.abort();
                    return Error::make(ErrorKind::InvalidInput, tr("Row %1 of “%2” does not fit the target (%3); nothing was imported.")
                                                                    .arg(reader.rowsRead()).arg(dumpTable.name, why));
                }
                data.append('\n');
                ++pendingRows;
                if (data.size() >= 256 * 1024) {
                    if (auto st = put(); !st)
                        return st;
                    if (m_job && m_job->isCanceled()) {
                        stream.abort();
                        return m_job->canceledError();
                    }
                }
            }
            if (!reader.error().isEmpty()) {
                stream.abort();
                return Error::make(ErrorKind::InvalidInput, reader.error());
            }
            if (auto st = put(); !st)
                return st;
            if (auto st = stream.end(); !st)
                return st;
            m_result.rowsWritten += reader.rowsRead();
            return success();
        }
        while (reader.next(row)) {
            const qsizetype mark = data.size();
            QString why;
            bool ok = true;
            for (int j = 0; j < dumpIdx.size() && ok; ++j) {
                if (j)
                    data.append('\t');
                const int i = dumpIdx.at(j);
                ok = appendCopyCell(data, row.at(i), dumpTable.columns.at(i).type, targetTypes.at(j), &why);
                if (!ok)
                    why = tr("column “%1”: %2").arg(columns.at(j), why);
            }
            if (!ok) {
                data.truncate(mark);
                if (!m_options.skipOnError)
                    return Error::make(ErrorKind::InvalidInput, tr("Row %1 of “%2” does not fit the target (%3); nothing was imported.")
                                                                    .arg(reader.rowsRead()).arg(dumpTable.name, why));
                if (auto st = reject(dumpTable, row, why); !st)
                    return st;
                continue;
            }
            data.append('\n');
            ++inBatch;
            if (m_options.skipOnError)
                raw.append(row);
            if (inBatch >= batchRows)
                if (auto st = send(); !st)
                    return st;
            if (m_job && m_job->isCanceled())
                return m_job->canceledError();
        }
        if (!reader.error().isEmpty())
            return Error::make(ErrorKind::InvalidInput, reader.error());
        return send();
    }
    while (reader.next(row)) {
        QVariantList bound;
        bound.reserve(dumpIdx.size());
        QString why;
        bool ok = true;
        for (int j = 0; j < dumpIdx.size() && ok; ++j) {
            QVariant v;
            const int i = dumpIdx.at(j);
            ok = bindValue(row.at(i), dumpTable.columns.at(i).type, targetTypes.at(j), m_session.engine(), &v, &why);
            if (!ok)
                why = tr("column “%1”: %2").arg(columns.at(j), why);
            bound.append(v);
        }
        if (!ok) {
            if (!m_options.skipOnError)
                return Error::make(ErrorKind::InvalidInput, tr("Row %1 of “%2” does not fit the target (%3); nothing was imported.")
                                                                .arg(reader.rowsRead()).arg(dumpTable.name, why));
            if (auto st = reject(dumpTable, row, why); !st)
                return st;
            continue;
        }
        values.append(bound);
        if (m_options.skipOnError)
            raw.append(row);
        if (values.size() >= batchRows)
            if (auto st = flush(); !st)
                return st;
        if (m_job && m_job->isCanceled())
            return m_job->canceledError();
    }
    if (!reader.error().isEmpty())
        return Error::make(ErrorKind::InvalidInput, reader.error());
    return flush();
}

Result<ImportResult> Loader::run(PreflightReport report, const QList<const DumpTable *> &selected)
{
    QElapsedTimer timer;
    timer.start();
    const Engine engine = m_session.engine();
    QHash<QString, const DumpTable *> byName;
    qint64 total = 0;
    for (const DumpTable *t : selected) {
        byName.insert(t->name, t);
        total += t->rows;
    }
    if (m_job) {
        m_job->setUnit(QStringLiteral("rows"));
        m_job->setTotal(total);
        m_job->setDone(0);
    }
    // Resumable: a commit after each chunk, the progress in the checkpoint table in the same transaction.
    const bool checkpointed = m_options.checkpoint || m_options.resume;
    const bool resuming = m_options.resume;
    const QString checkpointTable = QLatin1String(CheckpointTableName);
    Checkpoint checkpoint;
    if (resuming) {
        auto cp = readCheckpoint(m_session, true);
        if (!cp)
            return cp.error();
        checkpoint = cp.take();
    }
    bool committedSome = false; // a checkpointed import has committed chunks: a failure leaves it resumable
    QStringList created;
    QStringList afterLoad; // indexes and foreign keys of created tables, added once the rows are in
    // On MySQL that DDL commits what is loaded: only when every table is created here, so that a failure still
    // leaves the target as it was (the created tables are dropped).
    bool allCreated = true;
    for (const QString &name : std::as_const(report.loadOrder))
        allCreated = allCreated && !m_target.tables.contains(name);
    QStringList *deferTo = engine == Engine::PostgreSQL || (engine == Engine::MySQL && allCreated) ? &afterLoad : nullptr;
    auto createTables = [&]() -> Status {
        for (const QString &name : std::as_const(report.loadOrder)) {
            if (m_target.tables.contains(name))
                continue;
            const DumpTable &t = *byName.value(name);
            for (const QString &sql : createTableStatements(engine, t, [this](const QString &id) { return m_session.quote(id); },
                                                           m_source.manifest().sourceEngine == QLatin1String("SQLite"), deferTo))
                if (auto st = exec(sql); !st)
                    return Error::make(st.error().kind, tr("Cannot create the table “%1”: %2").arg(name, st.errorMessage()));
            created.append(name);
            auto d = describeTable(m_session, name);
            if (!d)
                return d.error();
            m_target.tables.insert(name, d.take());
        }
        return success();
    };
    // Drops the tables this import created (MySQL only: its DDL commits at once). Returns the ones that could
    // not be dropped, so that the message names what is left behind instead of claiming a clean target.
    auto dropCreated = [&]() -> QStringList {
        QStringList left;
        for (auto it = created.rbegin(); it != created.rend(); ++it)
            if (!exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_session.quote(*it)))
                left.prepend(*it);
        created.clear();
        return left;
    };
    auto leftBehind = [&](const QStringList &left) {
        return tr("The import created these tables and could not drop them again; drop them by hand: %1.").arg(left.join(QStringLiteral(", ")));
    };
    auto dropCheckpointTable = [&]() {
        if (checkpointed && !resuming)
            exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_session.quote(checkpointTable));
    };
    // Nothing has been loaded yet: the connection may have gone away between the pre-flight and here.
    auto failBeforeLoad = [&](const Error &e) -> Result<ImportResult> {
        Error out = e;
        if (resuming) {
            out.message += u' ' + tr("Nothing more was written: the import can still be resumed.");
            return out;
        }
        dropCheckpointTable();
        const QStringList left = dropCreated();
        if (!left.isEmpty())
            out.message += u' ' + leftBehind(left);
        else if (e.kind != ErrorKind::Canceled)
            out.message += u' ' + tr("Nothing was written: the target is as it was.");
        return out;
    };

    // MySQL commits DDL implicitly: its tables are created before the transaction and dropped again on failure.
    if (engine == Engine::MySQL) {
        if (auto st = createTables(); !st)
            return failBeforeLoad(st.error());
    }
    // The checkpoint table itself is made before the first transaction (DDL commits at once on MySQL).
    if (checkpointed && !resuming) {
        const QString text = engine == Engine::MySQL ? QStringLiteral("LONGTEXT") : QStringLiteral("TEXT");
        if (auto st = exec(QStringLiteral("CREATE TABLE %1 (tbl VARCHAR(255) NOT NULL PRIMARY KEY, next_chunk INTEGER NOT NULL, info %2)%3")
                               .arg(m_session.quote(checkpointTable), text,
                                    engine == Engine::MySQL ? QStringLiteral(" ENGINE=InnoDB") : QString()));
            !st)
            return failBeforeLoad(Error::make(st.error().kind, tr("Cannot create the checkpoint table %1: %2").arg(checkpointTable, st.errorMessage())));
    }
    LoadTransaction transaction(m_session, !(checkpointed && engine == Engine::SQLite));
    if (auto st = transaction.begin(); !st)
        return failBeforeLoad(st.error());
    QString where; // the table and chunk being loaded, for a checkpointed import's message
    bool infileCommitted = false; // the rows loaded into existing tables by LOAD DATA are committed
    bool commitUnknown = false;   // the connection broke during a COMMIT: it may or may not have taken effect
    auto fail = [&](const Error &e) -> Result<ImportResult> {
        if (commitUnknown) { // nothing is dropped or claimed: the rows may be in
            m_infile.reset();
            Error out = e;
            out.message = e.message + u' ' + tr("The connection was lost during the commit, so whether the import took effect is not "
                                                "known: compare the target with the dump (db compare) before running it again.");
            return out;
        }
        m_infile.reset(); // its transaction rolled back, its locks gone before any table is dropped
        transaction.rollback();
        if (infileCommitted) {
            Error out = e;
            out.message = e.message + u' ' + tr("The loaded rows were committed before this step: check the target with db compare.");
            return out;
        }
        if (checkpointed && (committedSome || resuming)) {
            if (m_rejects)
                m_rejects->close();
            Error out = e;
            const QString resume = tr("The chunks before are committed and their progress is kept in the table %1; run the same import "
                                      "again, resuming (--resume), to go on from there without loading a row twice.").arg(checkpointTable);
            out.message = (e.kind == ErrorKind::Canceled ? tr("Canceled.") : e.message) + u' '
                          + (where.isEmpty() ? resume : tr("Stopped at %1, which was rolled back.").arg(where) + u' ' + resume);
            if (!checkpoint.pending.isEmpty() && engine == Engine::PostgreSQL)
                out.message += u' ' + tr("The foreign keys dropped for the load are added again when it completes.");
            return out;
        }
        dropCheckpointTable();
        const QStringList left = engine == Engine::MySQL ? dropCreated() : QStringList();
        if (m_rejects)
            m_rejects->close();
        Error out = e;
        if (!left.isEmpty())
            out.message = e.message + u' ' + leftBehind(left) + u' '
                          + tr("They may hold rows of this import (on MySQL the loaded rows are committed before their indexes are added).");
        else if (e.kind != ErrorKind::Canceled)
            out.message = e.message + u' ' + tr("The import was rolled back: the target is as it was.");
        else
            out.message = tr("Canceled; the import was rolled back and the target is as it was.");
        return out;
    };
    if (engine != Engine::MySQL)
        if (auto st = createTables(); !st)
            return fail(st.error());
    // MariaDB/MySQL: LOAD DATA LOCAL on a second connection (see MysqlInfile), which then carries every write
    // of the import in its one transaction: into tables this import created (a failure drops them), or into
    // existing InnoDB tables when none is created (the clearing runs there too, so all of it commits or none).
    // Not into BIT or spatial columns, whose text form LOAD DATA does not read as INSERT reads a literal.
    if (engine == Engine::MySQL && !checkpointed && !m_options.skipOnError && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH")
        && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_LOAD_DATA") && !report.loadOrder.isEmpty()) {
        bool eligible = allCreated && !created.isEmpty();
        if (created.isEmpty()) {
            QStringList names;
            for (const QString &name : std::as_const(report.loadOrder))
                names << u'\'' + QString(name).replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("''")) + u'\'';
            auto unfit = m_session.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                                         "AND TABLE_NAME IN (%1) AND (ENGINE IS NULL OR ENGINE <> 'InnoDB')) + "
                                                         "(SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                                         "AND TABLE_NAME IN (%1) AND DATA_TYPE IN ('bit', 'geometry', 'point', 'linestring', "
                                                         "'polygon', 'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection'))")
                                             .arg(names.join(u',')));
            eligible = unfit && unfit->toInt() == 0;
        }
        if (eligible) {
            auto on = m_session.scalar(QStringLiteral("SELECT @@GLOBAL.local_infile"));
            if (on && on->toInt() == 1) {
                QString why;
                m_infile = MysqlInfile::open(m_session.profile(), m_target.secret, &why);
                if (!m_infile && m_job)
                    m_job->warn(tr("LOAD DATA LOCAL is not available (%1): loading with INSERT statements.").arg(why));
            } else if (m_job) {
                m_job->warn(tr("The server does not allow LOAD DATA LOCAL (local_infile is off): loading with INSERT statements, "
                               "which is slower."));
            }
        }
    }
    // PostgreSQL: the foreign keys on and into the tables that are loaded are dropped inside the transaction
    // and added again after the load, as pg_restore does. Adding one checks every row in one join, where a
    // deferred constraint queues a trigger event per row and runs them one by one at the commit (ten times
    // slower on a million rows). A role that may not alter the tables keeps the deferred checks.
    QStringList readdForeignKeys;
    if (engine == Engine::PostgreSQL && !resuming) {
        QStringList names;
        for (const QString &name : std::as_const(report.loadOrder))
            if (!created.contains(name))
                names << u'\'' + QString(m_session.quote(name)).replace(u'\'', QLatin1String("''")) + u'\'';
        if (!names.isEmpty() && exec(QStringLiteral("SAVEPOINT godwit_fk"))) {
            QSqlQuery q(m_session.db());
            const QString tables = QStringLiteral("(SELECT to_regclass(t) FROM unnest(ARRAY[%1]::text[]) AS t)").arg(names.join(u','));
            QStringList drops, adds;
            if (q.exec(QStringLiteral("SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname), "
                                      "format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) "
                                      "FROM pg_constraint c WHERE c.contype = 'f' AND (c.conrelid IN %1 OR c.confrelid IN %1) ORDER BY c.oid")
                           .arg(tables))) {
                while (q.next()) {
                    drops << q.value(0).toString();
                    adds << q.value(1).toString();
                }
            }
            bool dropped = !q.lastError().isValid();
            for (const QString &sql : std::as_const(drops))
                if (dropped && !exec(sql))
                    dropped = false;
            if (dropped) {
                exec(QStringLiteral("RELEASE SAVEPOINT godwit_fk"));
                readdForeignKeys = adds;
            } else {
                exec(QStringLiteral("ROLLBACK TO SAVEPOINT godwit_fk"));
                exec(QStringLiteral("RELEASE SAVEPOINT godwit_fk"));
                if (checkpointed && m_job && !drops.isEmpty())
                    m_job->warn(tr("The foreign keys cannot be dropped for the load (no right to alter the tables): they are "
                                   "checked at every chunk's commit, so rows pointing at rows of later chunks stop the import."));
            }
        }
    }
    // Clearing PostgreSQL tables: one TRUNCATE of them all, transactional there, once their foreign keys are
    // dropped (above). A DELETE would leave every old row behind as a dead version that each new key must be
    // checked against in the unique indexes (six times slower on a million rows). Where TRUNCATE is refused
    // (no right to it, a foreign key that stayed), the rows are deleted.
    bool truncated = false;
    if (m_options.clear && !resuming && engine == Engine::PostgreSQL) {
        QStringList names;
        for (const QString &name : std::as_const(report.loadOrder))
            if (!created.contains(name))
                names << m_session.quote(name);
        if (!names.isEmpty() && exec(QStringLiteral("SAVEPOINT godwit_clear"))) {
            if (m_job)
                m_job->setStatus(tr("Clearing %1").arg(names.join(QStringLiteral(", "))));
            truncated = exec(QStringLiteral("TRUNCATE TABLE ") + names.join(QStringLiteral(", "))).ok();
            if (!truncated)
                exec(QStringLiteral("ROLLBACK TO SAVEPOINT godwit_clear"));
            exec(QStringLiteral("RELEASE SAVEPOINT godwit_clear"));
        }
    }
    if (m_options.clear && !resuming && !truncated) {
        for (auto it = report.loadOrder.rbegin(); it != report.loadOrder.rend(); ++it) {
            if (created.contains(*it))
                continue;
            if (m_job)
                m_job->setStatus(tr("Clearing %1").arg(*it));
            if (m_infile) {
                if (auto st = m_infile->exec(QStringLiteral("DELETE FROM ") + m_session.quote(*it)); !st)
                    return fail(Error::make(st.error().kind, tr("Cannot clear “%1”: %2").arg(*it, st.errorMessage())));
            } else if (auto st = exec(QStringLiteral("DELETE FROM ") + m_session.quote(*it)); !st) {
                return fail(Error::make(st.error().kind, tr("Cannot clear “%1”: %2").arg(*it, st.errorMessage())));
            }
        }
    }
    // PostgreSQL tables that are empty when the load starts (an application's fresh schema, or --clear) get their
    // key constraints and indexes dropped in the transaction and built again after the load, as pg_restore
    // builds them after the data: one sorted build each instead of maintaining them row by row. Not for
    // partitioned tables, a replica identity or a clustered index (kept as they are), nor for small tables.
    QStringList rebuildIndexes;
    if (engine == Engine::PostgreSQL && !checkpointed && !resuming && !m_options.skipOnError
        && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH")) {
        for (const QString &name : std::as_const(report.loadOrder)) {
            if (created.contains(name) || byName.value(name)->rows < 10000)
                continue;
            const QString regclass = u'\'' + QString(m_session.quote(name)).replace(u'\'', QLatin1String("''")) + QStringLiteral("'::regclass");
            // Everything about this table in a savepoint: a query the role may not run skips it, no more.
            if (!exec(QStringLiteral("SAVEPOINT godwit_idx")))
                continue;
            auto skip = [&] {
                exec(QStringLiteral("ROLLBACK TO SAVEPOINT godwit_idx"));
                exec(QStringLiteral("RELEASE SAVEPOINT godwit_idx"));
            };
            QSqlQuery q(m_session.db());
            if (!q.exec(QStringLiteral("SELECT c.relkind = 'r' AND NOT c.relispartition AND c.relreplident <> 'i' "
                                       "AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisclustered) "
                                       "AND (%2 OR NOT EXISTS (SELECT 1 FROM %1)) FROM pg_class c WHERE c.oid = %3")
                            .arg(m_session.quote(name), truncated ? QStringLiteral("true") : QStringLiteral("false"), regclass))
                || !q.next() || !q.value(0).toBool()) {
                skip();
                continue;
            }
            QStringList drops, adds;
            QSqlQuery defs(m_session.db());
            if (!defs.exec(QStringLiteral("SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname), "
                                          "format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)), 1 "
                                          "FROM pg_constraint c WHERE c.conrelid = %1 AND c.contype IN ('p', 'u', 'x') "
                                          "UNION ALL SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 2 "
                                          "FROM pg_index i WHERE i.indrelid = %1 AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                          "WHERE c.conindid = i.indexrelid AND c.conrelid = %1 AND c.contype IN ('p', 'u', 'x')) ORDER BY 3")
                               .arg(regclass))) {
                skip();
                continue;
            }
            while (defs.next()) {
                drops << defs.value(0).toString();
                adds << defs.value(1).toString();
            }
            if (drops.isEmpty()) {
                skip();
                continue;
            }
            bool dropped = true;
            for (qsizetype k = drops.size() - 1; k >= 0 && dropped; --k) // plain indexes, then the constraints
                dropped = exec(drops.at(k)).ok();
            if (dropped) {
                exec(QStringLiteral("RELEASE SAVEPOINT godwit_idx"));
                rebuildIndexes += adds;
            } else {
                skip();
            }
        }
    }
    m_result.loadMethod = m_infile ? QStringLiteral("LOAD DATA LOCAL INFILE")
                          : engine == Engine::PostgreSQL && !m_options.skipOnError ? QStringLiteral("COPY")
                                                                                    : QStringLiteral("INSERT");
    // Keys and indexes before the foreign keys that need them.
    std::stable_partition(afterLoad.begin(), afterLoad.end(), [](const QString &sql) { return !sql.contains(QLatin1String("FOREIGN KEY")); });
    if (checkpointed) {
        // What must still run at the end survives an interruption: in the checkpoint's own row.
        if (resuming) {
            readdForeignKeys = checkpoint.pending;
            afterLoad.clear();
        } else {
            checkpoint.pending = readdForeignKeys + afterLoad;
            checkpoint.dumpId = dumpIdentity(m_source.manifest());
            if (auto st = writeCheckpointHeader(m_session, checkpoint.dumpId, m_source.path(), checkpoint.pending); !st)
                return fail(st.error());
            readdForeignKeys = checkpoint.pending;
            afterLoad.clear();
        }
    }
    int n = 0;
    for (const QString &name : std::as_const(report.loadOrder)) {
        ++n;
        if (m_job)
            m_job->setStatus(tr("Loading %1 (%2 of %3)").arg(name).arg(n).arg(report.loadOrder.size()));
        const DumpTable &dt = *byName.value(name);
        if (!checkpointed) {
            if (auto st = loadTable(dt, m_target.tables[name]); !st)
                return fail(st.error());
            if (auto st = resetSequences(m_session, m_target.tables[name]); !st)
                return fail(st.error());
            continue;
        }
        const int chunks = int(dt.chunks.size());
        const int from = std::min(chunks, checkpoint.nextChunk.value(name, 0));
        if (m_job)
            for (int k = 0; k < from; ++k)
                m_job->addDone(dt.chunks.at(k).rows);
        for (int k = from; k < chunks; ++k) {
            where = tr("chunk %1 of %2 of “%3”").arg(k + 1).arg(chunks).arg(name);
            DumpTable part = dt;
            part.chunks = {dt.chunks.at(k)};
            part.rows = dt.chunks.at(k).rows;
            if (auto st = loadTable(part, m_target.tables[name]); !st)
                return fail(st.error());
            if (k == chunks - 1)
                if (auto st = resetSequences(m_session, m_target.tables[name]); !st)
                    return fail(st.error());
            if (auto st = writeCheckpoint(m_session, name, k + 1, QString()); !st)
                return fail(st.error());
            if (auto st = transaction.commit(); !st)
                return fail(st.error());
            committedSome = true;
            where.clear(); // that chunk is in; a stop from here on is between chunks
            checkpoint.nextChunk.insert(name, k + 1);
            if (auto st = transaction.begin(); !st)
                return fail(st.error());
            if (m_job && m_job->isCanceled())
                return fail(m_job->canceledError());
        }
        where.clear();
    }
    if (m_infile) {
        if (m_job)
            m_job->setStatus(tr("Committing the loaded rows"));
        if (auto st = m_infile->commit(); !st) {
            commitUnknown = st.error().kind == ErrorKind::HostUnreachable;
            return fail(st.error());
        }
        m_infile.reset();
        infileCommitted = !allCreated;
    }
    if (checkpointed && engine == Engine::SQLite) {
        // The checks were off for the chunked load: the loaded tables, and the tables that point into them
        // (a --clear may have removed rows they need), are checked once now; the rest is not this import's.
        QStringList check = report.loadOrder;
        {
            QStringList loaded;
            for (const QString &t : std::as_const(report.loadOrder))
                loaded << u'\'' + QString(t).replace(u'\'', QLatin1String("''")) + u'\'';
            QSqlQuery refs(m_session.db());
            if (!loaded.isEmpty()
                && refs.exec(QStringLiteral("SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                            "WHERE m.type = 'table' AND f.\"table\" IN (%1)").arg(loaded.join(u','))))
                while (refs.next())
                    if (!check.contains(refs.value(0).toString()))
                        check << refs.value(0).toString();
        }
        for (const QString &t : std::as_const(check)) {
            QSqlQuery fk(m_session.db());
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(m_session.quote(t))))
                return fail(DatabaseSession::mapError(engine, fk.lastError(), m_session.profile()));
            if (fk.next())
                return fail(Error::make(ErrorKind::InvalidInput, tr("A foreign key does not hold after the load: row %1 of “%2” points at a missing row of “%3”.")
                                                                     .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString())));
        }
    }
    for (const QString &sql : std::as_const(rebuildIndexes)) {
        if (m_job)
            m_job->setStatus(tr("Building the keys and indexes again"));
        if (auto st = exec(sql); !st)
            return fail(Error::make(st.error().kind, tr("Cannot build a key or index again after the load (%1): %2").arg(sql.left(120), st.errorMessage())));
    }
    for (qsizetype k = 0; k < readdForeignKeys.size(); ++k) {
        const QString &sql = readdForeignKeys.at(k);
        if (m_job)
            m_job->setStatus(tr("Checking the foreign keys"));
        if (auto st = exec(sql); !st)
            return fail(Error::make(st.error().kind, tr("A foreign key does not hold after the load (%1): %2").arg(sql.section(u' ', 5, 5), st.errorMessage())));
        if (checkpointed && engine == Engine::MySQL) {
            // On MySQL that DDL committed at once: the checkpoint forgets it, so a resume does not run it twice.
            if (auto w = writeCheckpointHeader(m_session, checkpoint.dumpId, m_source.path(), readdForeignKeys.mid(k + 1)); !w)
                return fail(w.error());
        }
    }
    for (const QString &sql : std::as_const(afterLoad)) {
        if (m_job)
            m_job->setStatus(tr("Indexes and foreign keys of the created tables"));
        if (auto st = exec(sql); !st)
            return fail(Error::make(st.error().kind, tr("Cannot add an index or foreign key (%1): %2").arg(sql.section(u' ', 0, 2), st.errorMessage())));
    }
    if (checkpointed)
        if (auto st = exec(QStringLiteral("DROP TABLE ") + m_session.quote(checkpointTable)); !st)
            return fail(st.error());
    if (m_job)
        m_job->setStatus(tr("Committing"));
    if (auto st = transaction.commit(); !st) {
        commitUnknown = st.error().kind == ErrorKind::HostUnreachable;
        return fail(st.error());
    }
    if (m_rejects)
        m_rejects->close();

    m_result.verified = true;
    if (m_options.verifyAfter) {
        for (const QString &name : std::as_const(report.loadOrder)) {
            if (m_job)
                m_job->setStatus(tr("Verifying %1").arg(name));
            const DumpTable &dt = *byName.value(name);
            DumpTable tt = m_target.tables[name];
            QList<DumpColumn> cols;
            for (const DumpColumn &c : std::as_const(tt.columns))
                if (dt.columnIndex(c.name) >= 0)
                    cols.append(c);
            tt.columns = cols;
            TableComparison cmp;
            cmp.table = name;
            cmp.rowsA = dt.rows;
            cmp.checksumA = dt.checksum;
            for (const DumpColumn &c : dt.columns)
                if (tt.columnIndex(c.name) < 0)
                    cmp.onlyInA.append(c.name);
            if (cmp.onlyInA.isEmpty()) {
                DumpTable dumpSide = dt;
                if (harmonizeTypes(dumpSide.columns, tt.columns)) {
                    // The dump's checksum was taken with its own types: take it again with the target's.
                    TableReader reader(m_source, dumpSide);
                    TableDigest digest(dumpSide.columns);
                    Row row;
                    while (reader.next(row))
                        digest.addRow(row);
                    cmp.checksumA = digest.hex();
                }
                auto g = digestTable(m_session, tt, nullptr);
                if (!g)
                    return Error::make(g.error().kind, tr("The import was committed, but verifying “%1” failed: %2").arg(name, g.errorMessage()));
                cmp.rowsB = g->rows;
                cmp.checksumB = g->checksum;
            } else {
                // Columns were left out: only the count can be compared.
                auto c = m_session.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + m_session.quote(name));
                cmp.rowsB = c ? c->toLongLong() : -1;
                cmp.checksumB = cmp.checksumA;
            }
            cmp.equal = cmp.rowsA == cmp.rowsB && cmp.checksumA == cmp.checksumB;
            m_result.verified = m_result.verified && cmp.equal;
            m_result.verification.append(cmp);
        }
    }
    m_result.preflight = report;
    m_result.elapsedMs = timer.elapsed();
    return m_result;
}

} // namespace

int PreflightReport::count(PreflightIssue::Severity severity) const
{
    return int(std::count_if(issues.begin(), issues.end(), [severity](const PreflightIssue &i) { return i.severity == severity; }));
}

QStringList createTableStatements(Engine engine, const DumpTable &t, const std::function<QString(const QString &)> &quote, bool fromSQLite,
                                  QStringList *afterLoad)
{
    // On PostgreSQL, primary keys, secondary indexes and foreign keys may wait until the rows are in (as
    // pg_restore does): one index build and one validation pass instead of row-by-row maintenance; still inside
    // the transaction. On MySQL, secondary indexes and foreign keys may wait (InnoDB builds an index by sorting;
    // the primary key is the table's clustered order and stays); the caller decides, as that DDL commits.
    const bool late = afterLoad && (engine == Engine::PostgreSQL || engine == Engine::MySQL);
    const bool latePrimaryKey = late && engine == Engine::PostgreSQL;
    QStringList lateStatements;
    QSet<QString> indexed;
    for (const IndexInfo &i : t.indexes)
        for (const QString &c : i.columns)
            indexed.insert(c);
    for (const QString &c : t.primaryKey)
        indexed.insert(c);
    for (const ForeignKeyInfo &fk : t.foreignKeys)
        for (const QString &c : fk.columns)
            indexed.insert(c);
    QStringList defs;
    const bool singleAutoPk = t.primaryKey.size() == 1;
    for (const DumpColumn &c : t.columns) {
        QString def = quote(c.name) + u' ';
        const bool autoPk = singleAutoPk && c.autoIncrement && t.primaryKey.first() == c.name && c.type == ValueType::Integer;
        if (autoPk && engine == Engine::SQLite) {
            def += QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
            defs.append(def);
            continue;
        }
        def += mappedType(engine, c, indexed.contains(c.name), fromSQLite);
        if (autoPk && engine == Engine::PostgreSQL)
            def += QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
        if (autoPk && engine == Engine::MySQL)
            def += QStringLiteral(" AUTO_INCREMENT");
        if (const QString d = portableDefault(engine, c); !d.isEmpty()) {
            // MySQL 8 takes a default on TEXT/BLOB columns only as an expression; MariaDB takes both.
            const bool mysqlText = engine == Engine::MySQL && def.contains(QLatin1String("TEXT")) && d.startsWith(u'\'');
            def += QStringLiteral(" DEFAULT ") + (mysqlText ? u'(' + d + u')' : d);
        }
        if (!c.nullable)
            def += QStringLiteral(" NOT NULL");
        defs.append(def);
    }
    const bool sqliteInlinePk = engine == Engine::SQLite && singleAutoPk
                                && std::any_of(t.columns.begin(), t.columns.end(), [&t](const DumpColumn &c) {
                                       return c.autoIncrement && c.name == t.primaryKey.first() && c.type == ValueType::Integer;
                                   });
    QStringList lateKeys; // primary keys and unique indexes: before any foreign key that needs them
    if (!t.primaryKey.isEmpty() && !sqliteInlinePk) {
        QStringList k;
        for (const QString &c : t.primaryKey)
            k.append(quote(c));
        // PostgreSQL builds the key's index once after the load (as pg_restore does) instead of row by row.
        if (latePrimaryKey)
            lateKeys.append(QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (%2)").arg(quote(t.name), k.join(QStringLiteral(", "))));
        else
            defs.append(QStringLiteral("PRIMARY KEY (%1)").arg(k.join(QStringLiteral(", "))));
    }
    for (const ForeignKeyInfo &fk : t.foreignKeys) {
        QStringList a, b;
        for (const QString &c : fk.columns)
            a.append(quote(c));
        for (const QString &c : fk.referencedColumns)
            b.append(quote(c));
        // Deferred on PostgreSQL (and SQLite through defer_foreign_keys) so that load order and cycles do not matter.
        const QString constraint = QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
                                       .arg(a.join(QStringLiteral(", ")), quote(fk.referencedTable), b.join(QStringLiteral(", ")),
                                            engine == Engine::PostgreSQL ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QString());
        if (late)
            lateStatements.append(QStringLiteral("ALTER TABLE %1 ADD %2").arg(quote(t.name), constraint));
        else
            defs.append(constraint);
    }
    QStringList out;
    out.append(QStringLiteral("CREATE TABLE %1 (\n  %2\n)").arg(quote(t.name), defs.join(QStringLiteral(",\n  "))));
    int n = 0;
    for (const IndexInfo &i : t.indexes) {
        if (i.primary || i.columns.isEmpty())
            continue;
        QStringList cols;
        for (const QString &c : i.columns)
            cols.append(quote(c));
        const QString name = QStringLiteral("%1_%2_idx%3").arg(t.name.left(40)).arg(i.unique ? QStringLiteral("u") : QString()).arg(++n);
        const QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                                .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), quote(name), quote(t.name), cols.join(QStringLiteral(", ")));
        (late ? (i.unique ? lateKeys : lateStatements) : out).append(sql);
    }
    if (late)
        *afterLoad = lateKeys + *afterLoad + lateStatements;
    return out;
}

Result<PreflightReport> preflightImport(const DumpSource &source, const ConnectionProfile &target, const QString &secret,
                                        const ImportOptions &options, JobContext *job)
{
    auto t = openTarget(target, secret);
    if (!t)
        return t.error();
    return runPreflight(source, t.value(), options, job, nullptr);
}

Result<ImportResult> importDump(const DumpSource &source, const ConnectionProfile &target, const QString &secret,
                                const ImportOptions &options, JobContext *job)
{
    auto t = openTarget(target, secret);
    if (!t) {
        // Opening and describing the target only reads.
        Error e = t.error();
        if (e.kind != ErrorKind::Canceled)
            e.message += u' ' + tr("Nothing was written: the target is as it was.");
        return e;
    }
    QList<const DumpTable *> selected;
    auto report = runPreflight(source, t.value(), options, job, &selected);
    if (!report) {
        // The pre-flight only reads: whatever stopped it (a dropped connection, a timeout), nothing was written.
        Error e = report.error();
        if (e.kind != ErrorKind::Canceled)
            e.message += u' ' + tr("Nothing was written: the target is as it was.");
        return e;
    }
    if (!report->canImport) {
        QStringList problems;
        for (const PreflightIssue &i : report->issues)
            if (i.severity == PreflightIssue::Problem)
                problems.append(i.table.isEmpty() ? i.message : i.table + QStringLiteral(": ") + i.message);
        return Error::make(ErrorKind::InvalidInput, tr("Nothing was imported: the pre-flight found %1 problem(s). %2")
                                                        .arg(problems.size()).arg(problems.value(0)));
    }
    Loader loader(source, t.value(), options, job);
    return loader.run(report.take(), selected);
}

} // namespace Godwit::Dump
