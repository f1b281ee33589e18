// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions/revisionscript.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

// Alembic 1.8's generic template, rendered.
const char *const generic18 = R"PY("""add the users table

Revision ID: 1975ea83b712
Revises: ae1027a6acf
Create Date: 2024-03-01 10:11:12.131415

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1975ea83b712'
down_revision = 'ae1027a6acf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
)PY";

// Alembic 1.13's typed template, with a merge.
const char *const typed113 = R"PY("""merge heads

Revision ID: 27c6a30d7c24
Revises: 1975ea83b712, 3cf0d9e2c7e8
Create Date: 2024-03-02 10:11:12

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "27c6a30d7c24"
down_revision: Union[str, None] = ("1975ea83b712", "3cf0d9e2c7e8")
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
)PY";

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestRevisionScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void messageAndCreateDate();
    void warnings();
    void legacyRevisionFromFileName();
    void fileNames_data();
    void fileNames();
    void scanReadsAllLocationsAndKeepsGoing();
    void scanRecursive();
};

void TestRevisionScript::parses_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("depends");

    const QStringList none;
    QTest::newRow("alembic 1.8 generic") << QByteArray(generic18) << u"1975ea83b712"_s << QStringList{u"ae1027a6acf"_s} << none << none;
    QTest::newRow("typed merge") << QByteArray(typed113) << u"27c6a30d7c24"_s
                                 << QStringList{u"1975ea83b712"_s, u"3cf0d9e2c7e8"_s} << none << none;
    QTest::newRow("root") << QByteArray("revision = 'a1'\ndown_revision = None\n") << u"a1"_s << none << none << none;
    QTest::newRow("double quotes and labels")
        << QByteArray("revision = \"a1\"\ndown_revision = None\nbranch_labels = (\"core\",)\ndepends_on = \"b2\"\n")
        << u"a1"_s << none << QStringList{u"core"_s} << QStringList{u"b2"_s};
    QTest::newRow("triple quoted id") << QByteArray("revision = '''a1'''\ndown_revision = \"\"\"b2\"\"\"\n") << u"a1"_s
                                      << QStringList{u"b2"_s} << none << none;
    QTest::newRow("tuple across lines, comments, trailing comma")
        << QByteArray("revision = 'm'\n"
                      "down_revision = (  # a merge\n"
                      "    'a',  # first parent\n"
                      "    # a comment line inside\n"
                      "    \"b\",\n"
                      ")\n")
        << u"m"_s << QStringList{u"a"_s, u"b"_s} << none << none;
    QTest::newRow("lists") << QByteArray("revision = 'm'\ndown_revision = ['a', 'b']\nbranch_labels = ['x', 'y']\ndepends_on = ['c']\n")
                           << u"m"_s << QStringList{u"a"_s, u"b"_s} << QStringList{u"x"_s, u"y"_s} << QStringList{u"c"_s};
    QTest::newRow("bare tuple") << QByteArray("revision = 'm'\ndown_revision = 'a', 'b'\n") << u"m"_s
                                << QStringList{u"a"_s, u"b"_s} << none << none;
    QTest::newRow("label string") << QByteArray("revision = 'r'\ndown_revision = None\nbranch_labels = 'invenio_records'\n")
                                  << u"r"_s << none << QStringList{u"invenio_records"_s} << none;
    QTest::newRow("empty tuple is a root") << QByteArray("revision = 'r'\ndown_revision = ()\n") << u"r"_s << none << none << none;
    QTest::newRow("parenthesized string") << QByteArray("revision = ('r')\ndown_revision = ('p')\n") << u"r"_s
                                          << QStringList{u"p"_s} << none << none;
    QTest::newRow("constants") << QByteArray("REV = 'abc'\nPARENT = \"def\"\nrevision = REV\ndown_revision = (PARENT,)\n")
                               << u"abc"_s << QStringList{u"def"_s} << none << none;
    QTest::newRow("chained assignment") << QByteArray("revision = rev = 'abc'\ndown_revision = None\n") << u"abc"_s << none << none << none;
    QTest::newRow("prefixes and concatenation")
        << QByteArray("revision = u'ab' 'cd'\ndown_revision = r'ef'\nbranch_labels = U\"x\"\n") << u"abcd"_s
        << QStringList{u"ef"_s} << QStringList{u"x"_s} << none;
    QTest::newRow("backslash continuation") << QByteArray("revision = \\\n    'abc'\ndown_revision = \\\n None\n") << u"abc"_s
                                            << none << none << none;
    QTest::newRow("assignments in functions are not module constants")
        << QByteArray("revision = 'abc'\ndown_revision = None\n\ndef upgrade():\n    revision = 'zzz'\n    down_revision = x\n")
        << u"abc"_s << none << none << none;
    QTest::newRow("if TYPE_CHECKING imports")
        << QByteArray("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from x import Y\n\nrevision = 'abc'\ndown_revision = None\n")
        << u"abc"_s << none << none << none;
    QTest::newRow("CRLF") << QByteArray("\"\"\"doc\r\n\r\nmore\"\"\"\r\nrevision = 'abc'\r\ndown_revision = (\r\n 'x',\r\n)\r\n")
                          << u"abc"_s << QStringList{u"x"_s} << none << none;
    QTest::newRow("last assignment wins") << QByteArray("revision = 'a'\ndown_revision = None\nrevision = 'b'\n") << u"b"_s << none
                                          << none << none;
    QTest::newRow("decorators, classes, one-line if")
        << QByteArray("import sqlalchemy as sa\n@decorator(x=1)\ndef f(a, b=2) -> None:\n    return {'a': 1}\n\nclass T(sa.Model):\n    x = 1\n"
                      "if True: y = 2\nrevision = 'abc'\ndown_revision = None\n")
        << u"abc"_s << none << none << none;
    QTest::newRow("unicode message") << QByteArray("\"\"\"Ajout des métadonnées — ✓\"\"\"\nrevision = 'abc'\ndown_revision = None\n")
                                     << u"abc"_s << none << none << none;
}

void TestRevisionScript::parses()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, revision);
    QFETCH(QStringList, down);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, depends);
    const ParsedRevisionScript p = parseRevisionSource(source, u"/x/versions/script.py"_s);
    QVERIFY2(p.ok, qPrintable(p.ok ? QString() : p.error().toString()));
    QCOMPARE(p.script.revision, revision);
    QCOMPARE(p.script.downRevisions, down);
    QCOMPARE(p.script.branchLabels, labels);
    QCOMPARE(p.script.dependsOn, depends);
    QVERIFY(p.script.revisionLine > 0);
}

void TestRevisionScript::rejects_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("contains");

    QTest::newRow("unterminated string") << QByteArray("revision = 'abc\ndown_revision = None\n") << u"syntax-error"_s << 1
                                         << u"unterminated string"_s;
    QTest::newRow("unterminated docstring") << QByteArray("\"\"\"doc\n\nrevision = 'abc'\n") << u"syntax-error"_s << 1
                                            << u"triple-quoted"_s;
    QTest::newRow("unclosed parenthesis") << QByteArray("revision = 'a'\ndown_revision = (\n  'b',\n\ndef upgrade():\n    pass\n")
                                          << u"syntax-error"_s << 0 << QString();
    QTest::newRow("mismatched bracket") << QByteArray("revision = 'a'\ndown_revision = None\ndef upgrade(:\n    pass]\n")
                                        << u"syntax-error"_s << 4 << u"does not match"_s;
    QTest::newRow("unknown variable") << QByteArray("revision = 'a'\ndown_revision = OTHER\n") << u"unreadable-value"_s << 2
                                      << u"unknown variable “OTHER”"_s;
    QTest::newRow("variable defined later") << QByteArray("revision = 'a'\ndown_revision = LATER\nLATER = 'b'\n")
                                            << u"unreadable-value"_s << 2 << u"LATER"_s;
    QTest::newRow("function call") << QByteArray("revision = 'a'\ndown_revision = compute('b')\n") << u"unreadable-value"_s << 2
                                   << u"without running Python"_s;
    QTest::newRow("imported name") << QByteArray("from x import PARENT\nrevision = 'a'\ndown_revision = PARENT\n")
                                   << u"unreadable-value"_s << 3 << u"imported"_s;
    QTest::newRow("f-string") << QByteArray("revision = f'a{1}'\ndown_revision = None\n") << u"unreadable-value"_s << 1
                              << u"f-string"_s;
    QTest::newRow("arithmetic") << QByteArray("revision = 'a' + 'b'\ndown_revision = None\n") << u"unreadable-value"_s << 1 << QString();
    QTest::newRow("missing revision") << QByteArray("down_revision = None\n") << u"missing-revision"_s << 1 << QString();
    QTest::newRow("missing down_revision") << QByteArray("revision = 'a'\n") << u"missing-down-revision"_s << 1 << QString();
    QTest::newRow("revision is a number") << QByteArray("revision = 12\ndown_revision = None\n") << u"bad-revision"_s << 1
                                          << u"a number"_s;
    QTest::newRow("revision is bytes") << QByteArray("revision = b'12'\ndown_revision = None\n") << u"bad-revision"_s << 1 << QString();
    QTest::newRow("illegal character") << QByteArray("revision = 'a-b'\ndown_revision = None\n") << u"bad-revision"_s << 1
                                       << u"'-'"_s;
    QTest::newRow("None inside a tuple") << QByteArray("revision = 'a'\ndown_revision = ('b', None)\n") << u"bad-down-revision"_s << 2
                                         << QString();
    QTest::newRow("conditional assignment")
        << QByteArray("import os\nrevision = 'a'\nif os.environ.get('X'):\n    down_revision = 'b'\nelse:\n    down_revision = None\n")
        << u"unsupported-assignment"_s << 4 << u"“if” block"_s;
    QTest::newRow("python 2 print") << QByteArray("revision = 'a'\ndown_revision = None\nprint 'hello'\n") << u"syntax-error"_s << 3
                                    << QString();
    QTest::newRow("unexpected indent") << QByteArray("revision = 'a'\n  down_revision = None\n") << u"syntax-error"_s << 2
                                       << u"unexpected indent"_s;
    QTest::newRow("no indented block") << QByteArray("revision = 'a'\ndown_revision = None\ndef upgrade():\npass\n") << u"syntax-error"_s
                                       << 4 << u"indented block"_s;
    QTest::newRow("def without colon") << QByteArray("revision = 'a'\ndown_revision = None\ndef upgrade()\n    pass\n")
                                       << u"syntax-error"_s << 3 << QString();
    QTest::newRow("self loop") << QByteArray("revision = 'a'\ndown_revision = 'a'\n") << u"self-loop"_s << 2 << QString();
    QTest::newRow("dependency self loop") << QByteArray("revision = 'a'\ndown_revision = None\ndepends_on = ('a',)\n") << u"self-loop"_s
                                          << 3 << QString();
    QTest::newRow("invalid character") << QByteArray("revision = 'a'\ndown_revision = None\nx = $y\n") << u"syntax-error"_s << 3
                                       << u"invalid character"_s;
    QTest::newRow("tuple unpacking of a revision variable") << QByteArray("revision, down_revision = 'a', None\n")
                                                            << u"unsupported-assignment"_s << 1 << QString();
}

void TestRevisionScript::rejects()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, contains);
    const ParsedRevisionScript p = parseRevisionSource(source, u"/x/versions/broken.py"_s);
    QVERIFY2(!p.ok, qPrintable(p.script.revision));
    QCOMPARE(p.error().severity, RevisionDiagnostic::Error);
    QCOMPARE(p.error().code, code);
    QCOMPARE(p.error().path, u"/x/versions/broken.py"_s);
    if (line > 0)
        QCOMPARE(p.error().line, line);
    else
        QVERIFY(p.error().line > 0);
    if (!contains.isEmpty())
        QVERIFY2(p.error().message.contains(contains), qPrintable(p.error().message));
    QVERIFY(p.error().toString().startsWith(u"/x/versions/broken.py:"_s));
}

void TestRevisionScript::messageAndCreateDate()
{
    const ParsedRevisionScript p = parseRevisionSource(generic18, u"/x/a.py"_s);
    QVERIFY(p.ok);
    QCOMPARE(p.script.message, u"add the users table"_s);
    QCOMPARE(p.script.createDate, u"2024-03-01 10:11:12.131415"_s);
    QCOMPARE(p.script.docRevisionId, u"1975ea83b712"_s);
    QCOMPARE(p.script.docRevises, u"ae1027a6acf"_s);
    QVERIFY(p.script.longDoc.startsWith(u"add the users table\n\nRevision ID:"_s));
    QVERIFY(p.diagnostics.isEmpty());

    // Escapes are decoded, the first paragraph is the message (as Alembic's Script.doc).
    const ParsedRevisionScript q =
        parseRevisionSource("'''  Line one\\tx\nline two\n\nRevision ID: r\n'''\nrevision = 'r'\ndown_revision = None\n", u"/x/b.py"_s);
    QVERIFY(q.ok);
    QCOMPARE(q.script.message, u"Line one\tx\nline two"_s);

    const ParsedRevisionScript typed = parseRevisionSource(typed113, u"/x/c.py"_s);
    QVERIFY(typed.ok);
    QVERIFY(typed.script.downRevisionIsTuple);
    QCOMPARE(typed.script.createDate, u"2024-03-02 10:11:12"_s);
}

void TestRevisionScript::warnings()
{
    const ParsedRevisionScript p =
        parseRevisionSource("\"\"\"x\n\nRevision ID: other\n\"\"\"\nrevision = 'r'\ndown_revision = ('a', 'a')\n", u"/x/w.py"_s);
    QVERIFY(p.ok);
    QCOMPARE(p.script.downRevisions, QStringList{u"a"_s});
    QStringList codes;
    for (const RevisionDiagnostic &d : p.diagnostics)
        codes.append(d.code);
    QVERIFY2(codes.contains(u"docstring-mismatch"_s), qPrintable(codes.join(u',')));
    QVERIFY(codes.contains(u"duplicate-parent"_s));
}

void TestRevisionScript::legacyRevisionFromFileName()
{
    const ParsedRevisionScript p = parseRevisionSource("down_revision = None\n", u"/x/versions/ae1027a6acf.py"_s);
    QVERIFY(p.ok);
    QCOMPARE(p.script.revision, u"ae1027a6acf"_s);
    QVERIFY(p.script.legacyRevisionFromFileName);
    QCOMPARE(p.diagnostics.size(), 1);
    QCOMPARE(p.diagnostics.first().severity, RevisionDiagnostic::Warning);
}

void TestRevisionScript::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("script");
    QTest::newRow("script") << u"ae1027a6acf_add.py"_s << true;
    QTest::newRow("hidden script") << u".hidden.py"_s << true;
    QTest::newRow("__init__") << u"__init__.py"_s << false;
    QTest::newRow("editor lock") << u".#ae10_x.py"_s << false;
    QTest::newRow("compiled") << u"ae10_x.pyc"_s << false;
    QTest::newRow("other") << u"README"_s << false;
}

void TestRevisionScript::fileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, script);
    QCOMPARE(isRevisionScriptFileName(name), script);
}

void TestRevisionScript::scanReadsAllLocationsAndKeepsGoing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(u"a"_s);
    QDir(dir.path()).mkpath(u"b/sub"_s);
    writeFile(dir.filePath(u"a/r2_second.py"_s), "revision = 'r2'\ndown_revision = 'r1'\n");
    writeFile(dir.filePath(u"a/r1_first.py"_s), "revision = 'r1'\ndown_revision = None\n");
    writeFile(dir.filePath(u"a/__init__.py"_s), "");
    writeFile(dir.filePath(u"a/bad.py"_s), "revision = 'x'\ndown_revision = (\n");
    writeFile(dir.filePath(u"b/m1_mod.py"_s), "revision = 'm1'\ndown_revision = None\ndepends_on = 'r1'\n");
    writeFile(dir.filePath(u"b/sub/m2_mod.py"_s), "revision = 'm2'\ndown_revision = 'm1'\n");

    const RevisionScan scan = scanVersionLocations({dir.filePath(u"a"_s), dir.filePath(u"b"_s), dir.filePath(u"missing"_s)});
    QStringList ids;
    for (const RevisionScript &s : scan.scripts)
        ids.append(s.revision);
    QCOMPARE(ids, (QStringList{u"r1"_s, u"r2"_s, u"m1"_s})); // sorted per folder, folders in order
    QCOMPARE(scan.scripts.first().versionLocation, QDir(dir.filePath(u"a"_s)).absolutePath());
    QCOMPARE(scan.filesRead, 4);
    QStringList codes;
    for (const RevisionDiagnostic &d : scan.diagnostics)
        codes.append(d.code);
    QVERIFY2(codes.contains(u"syntax-error"_s), qPrintable(codes.join(u',')));
    QVERIFY(codes.contains(u"missing-version-location"_s));
    for (const RevisionDiagnostic &d : scan.diagnostics)
        if (d.code == u"syntax-error"_s)
            QVERIFY(d.path.endsWith(u"a/bad.py"_s));

    // The same file through two locations is read once.
    const RevisionScan twice = scanVersionLocations({dir.filePath(u"b"_s), dir.filePath(u"b/../b"_s)});
    QCOMPARE(twice.scripts.size(), 1);
}

void TestRevisionScript::scanRecursive()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"v/2024/q1"_s);
    QDir(dir.path()).mkpath(u"v/__pycache__"_s);
    writeFile(dir.filePath(u"v/a.py"_s), "revision = 'a'\ndown_revision = None\n");
    writeFile(dir.filePath(u"v/2024/b.py"_s), "revision = 'b'\ndown_revision = 'a'\n");
    writeFile(dir.filePath(u"v/2024/q1/c.py"_s), "revision = 'c'\ndown_revision = 'b'\n");
    writeFile(dir.filePath(u"v/__pycache__/junk.py"_s), "revision = 'junk'\ndown_revision = None\n");
    QCOMPARE(scanVersionLocations({dir.filePath(u"v"_s)}).scripts.size(), 1);
    const RevisionScan scan = scanVersionLocations({dir.filePath(u"v"_s)}, true);
    QStringList ids;
    for (const RevisionScript &s : scan.scripts)
        ids.append(s.revision);
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

QTEST_GUILESS_MAIN(TestRevisionScript)
#include "tst_revisionscript.moc"
