// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcompare.h"
#include "rowscanner.h"
#include "valuecodec.h"

#include "db/databasesession.h"
#include "db/schema.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace Godwit::Dump {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }
} // namespace

namespace {

// Django's JSONField is "text" on SQLite and "longtext" on MariaDB, with a CHECK (JSON_VALID(column)): such
// columns are JSON, so that fixtures and comparisons treat their values as JSON, not as strings.
QStringList jsonCheckedColumns(const DatabaseSession &session, const QString &table)
{
    QSqlQuery q(session.db());
    QString checks;
    if (session.engine() == Engine::SQLite) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    } else if (session.engine() == Engine::MySQL) {
        q.prepare(QStringLiteral("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                 "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?"));
    } else {
        return {};
    }
    q.addBindValue(table);
    if (!q.exec())
        return {};
    while (q.next())
        checks += q.value(0).toString() + u'\n';
    static const QRegularExpression re(QStringLiteral("json_valid\\s*\\(\\s*[`\"\\[]?([^`\"\\]\\)\\s]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(checks); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

Result<DumpTable> describeTable(const DatabaseSession &session, const QString &table)
{
    SchemaReader reader(session);
    auto described = reader.describe(table);
    if (!described)
        return described.error();
    DumpTable t;
    t.name = table;
    t.primaryKey = described->primaryKey;
    t.foreignKeys = described->foreignKeys;
    t.indexes = described->indexes;
    for (const ColumnInfo &ci : described->columns) {
        DumpColumn c;
        c.name = ci.name;
        c.engineType = ci.type;
        c.type = classifyType(session.engine(), ci.type);
        c.nullable = ci.nullable;
        c.defaultValue = ci.defaultValue;
        c.autoIncrement = ci.autoIncrement;
        parseTypeSize(c);
        t.columns.append(c);
    }
    const QStringList json = jsonCheckedColumns(session, table);
    for (DumpColumn &c : t.columns)
        if (c.type == ValueType::Text && json.contains(c.name))
            c.type = ValueType::Json;
    return t;
}

bool harmonizeTypes(QList<DumpColumn> &a, QList<DumpColumn> &b)
{
    bool changedA = false;
    for (DumpColumn &ca : a) {
        for (DumpColumn &cb : b) {
            if (ca.name != cb.name || ca.type == cb.type)
                continue;
            for (ValueType rich : {ValueType::Json, ValueType::Uuid}) {
                if (ca.type == ValueType::Text && cb.type == rich) {
                    ca.type = rich;
                    changedA = true;
                } else if (cb.type == ValueType::Text && ca.type == rich) {
                    cb.type = rich;
                }
            }
            // A decimal is compared at the coarser of the two declared scales.
            if (ca.type == ValueType::Decimal && cb.type == ValueType::Decimal && ca.scale != cb.scale && ca.scale >= 0 && cb.scale >= 0) {
                if (ca.scale > cb.scale) {
                    ca.scale = cb.scale;
                    changedA = true;
                } else {
                    cb.scale = ca.scale;
                }
            }
        }
    }
    return changedA;
}

Result<TableDigestValue> digestTable(const DatabaseSession &session, const DumpTable &table, JobContext *job)
{
    RowScanner scanner(session, table.name, table.columns, table.primaryKey);
    if (auto st = scanner.start(); !st)
        return st.error();
    TableDigest digest(table.columns);
    const int ncols = int(table.columns.size());
    std::vector<std::string> tokens(static_cast<size_t>(ncols));
    std::string scratch;
    qint64 n = 0;
    while (scanner.next()) {
        for (int i = 0; i < ncols; ++i) {
            const DumpColumn &col = table.columns.at(i);
            if (!scanner.fastField(i, col, nullptr, tokens[size_t(i)], scratch)) {
                const QByteArray t = canonicalToken(cellFromValue(session.engine(), scanner.value(i), col), col.type,
                                                    col.type == ValueType::Decimal ? col.scale : -1);
                tokens[size_t(i)].assign(t.constData(), size_t(t.size()));
            }
        }
        digest.addTokens(tokens);
        if (++n % 5000 == 0 && job) {
            job->addDone(5000);
            if (job->isCanceled())
                return job->canceledError();
        }
    }
    if (job)
        job->addDone(n % 5000);
    if (scanner.failed())
        return scanner.error();
    return TableDigestValue{digest.rows(), digest.hex()};
}

Result<CompareReport> compareDatabases(const ConnectionProfile &a, const QString &secretA, const ConnectionProfile &b,
                                       const QString &secretB, const QStringList &only, JobContext *job)
{
    DatabaseSession::Options ro;
    ro.readOnly = true;
    auto sa = DatabaseSession::open(a, secretA, ro);
    if (!sa)
        return sa.error();
    auto sb = DatabaseSession::open(b, secretB, ro);
    if (!sb)
        return sb.error();
    for (const DatabaseSession *s : {sa->get(), sb->get()})
        if (auto st = prepareSession(*s); !st)
            return st.error();
    auto tablesOf = [&only](const DatabaseSession &s) -> Result<QStringList> {
        auto listed = SchemaReader(s).listTables(false);
        if (!listed)
            return listed.error();
        QStringList names;
        for (const TableInfo &t : *listed)
            if (!t.view && (only.isEmpty() || only.contains(t.name)))
                names.append(t.name);
        return names;
    };
    auto ta = tablesOf(**sa);
    if (!ta)
        return ta.error();
    auto tb = tablesOf(**sb);
    if (!tb)
        return tb.error();
    QStringList all = *ta;
    for (const QString &t : *tb)
        if (!all.contains(t))
            all.append(t);
    std::sort(all.begin(), all.end());
    for (const QString &t : only)
        if (!all.contains(t))
            return Error::make(ErrorKind::NotFound, tr("Neither database has a table “%1”.").arg(t));
    if (job)
        job->setUnit(QStringLiteral("rows"));

    CompareReport report;
    for (const QString &name : std::as_const(all)) {
        if (job) {
            if (job->isCanceled())
                return job->canceledError();
            job->setStatus(tr("Comparing %1").arg(name));
        }
        TableComparison cmp;
        cmp.table = name;
        const bool inA = ta->contains(name), inB = tb->contains(name);
        if (inA && inB) {
            auto da = describeTable(**sa, name);
            if (!da)
                return da.error();
            auto db = describeTable(**sb, name);
            if (!db)
                return db.error();
            QSet<QString> namesA, namesB;
            for (const DumpColumn &c : da->columns)
                namesA.insert(c.name);
            for (const DumpColumn &c : db->columns)
                namesB.insert(c.name);
            DumpTable commonA = *da, commonB = *db;
            commonA.columns.clear();
            commonB.columns.clear();
            for (const DumpColumn &c : da->columns) {
                if (namesB.contains(c.name))
                    commonA.columns.append(c);
                else
                    cmp.onlyInA.append(c.name);
            }
            for (const DumpColumn &c : db->columns) {
                if (namesA.contains(c.name))
                    commonB.columns.append(c);
                else
                    cmp.onlyInB.append(c.name);
            }
            harmonizeTypes(commonA.columns, commonB.columns);
            auto ga = digestTable(**sa, commonA, job);
            if (!ga)
                return ga.error();
            auto gb = digestTable(**sb, commonB, job);
            if (!gb)
                return gb.error();
            cmp.rowsA = ga->rows;
            cmp.rowsB = gb->rows;
            cmp.checksumA = ga->checksum;
            cmp.checksumB = gb->checksum;
            cmp.equal = cmp.onlyInA.isEmpty() && cmp.onlyInB.isEmpty() && cmp.rowsA == cmp.rowsB && cmp.checksumA == cmp.checksumB;
        } else {
            auto count = (inA ? *sa : *sb)->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + (inA ? *sa : *sb)->quote(name));
            if (!count)
                return count.error();
            (inA ? cmp.rowsA : cmp.rowsB) = count->toLongLong();
        }
        report.equal = report.equal && cmp.equal;
        report.tables.append(cmp);
    }
    return report;
}

} // namespace Godwit::Dump
