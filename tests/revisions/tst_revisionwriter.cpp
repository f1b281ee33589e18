// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions/makotemplate.h"
#include "revisions/revisionwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

RevisionScript rev(const QString &id, const QStringList &down, const QString &dir, const QStringList &labels = {})
{
    RevisionScript s;
    s.revision = id;
    s.downRevisions = down;
    s.branchLabels = labels;
    s.path = dir + u'/' + id + u"_x.py"_s;
    return s;
}

TemplateContext sampleContext()
{
    TemplateContext c;
    c.insert(u"up_revision"_s, TemplateValue::string(u"abc"_s));
    c.insert(u"down_revision"_s, TemplateValue::strings({u"p1"_s, u"p2"_s}));
    c.insert(u"one"_s, TemplateValue::strings({u"x"_s}));
    c.insert(u"empty"_s, TemplateValue::tuple({}));
    c.insert(u"list"_s, TemplateValue::strings({u"a"_s, u"b"_s}, TemplateValue::List));
    c.insert(u"nothing"_s, TemplateValue::none());
    c.insert(u"quote"_s, TemplateValue::string(u"it's \"here\"\n"_s));
    c.insert(u"names"_s, TemplateValue::string(u"engine1, engine2"_s));
    c.insert(u"comma"_s, TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                 QStringList parts;
                 for (const TemplateValue &v : a.first().items())
                     parts.append(v.str());
                 return TemplateValue::string(a.first().kind() == TemplateValue::Str ? a.first().text() : parts.join(u", "_s));
             }));
    return c;
}

} // namespace

class TestRevisionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mako_data();
    void mako();
    void makoErrors_data();
    void makoErrors();
    void slug_data();
    void slug();
    void fileName_data();
    void fileName();
    void pythonDateTime();
    void builtinTemplate();
    void refusals_data();
    void refusals();
    void writesAndNeverOverwrites();
    void templateWithoutBranchLabels();
};

void TestRevisionWriter::mako_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << u"plain\ntext"_s << u"plain\ntext"_s;
    QTest::newRow("name") << u"id=${up_revision}"_s << u"id=abc"_s;
    QTest::newRow("repr str") << u"${repr(up_revision)}"_s << u"'abc'"_s;
    QTest::newRow("repr tuple") << u"${repr(down_revision)}"_s << u"('p1', 'p2')"_s;
    QTest::newRow("repr 1-tuple") << u"${repr(one)}"_s << u"('x',)"_s;
    QTest::newRow("repr empty tuple") << u"${repr(empty)}"_s << u"()"_s;
    QTest::newRow("repr list") << u"${repr(list)}"_s << u"['a', 'b']"_s;
    QTest::newRow("repr None") << u"${repr(nothing)}"_s << u"None"_s;
    QTest::newRow("repr quotes") << u"${repr(quote)}"_s << u"'it\\'s \"here\"\\n'"_s;
    QTest::newRow("str of None") << u"${nothing}"_s << u"None"_s;
    QTest::newRow("comma filter, n") << u"${down_revision | comma,n}"_s << u"p1, p2"_s;
    QTest::newRow("undefined in a condition") << u"${imports if imports else \"\"}|"_s << u"|"_s;
    QTest::newRow("conditional") << u"${upgrades if upgrades else \"pass\"}"_s << u"pass"_s;
    QTest::newRow("context.get") << u"${context.get(\"%s_upgrades\" % \"engine1\", \"pass\")}"_s << u"pass"_s;
    QTest::newRow("trim and h") << u"${\"  <b>  \" | trim}${\"<b>\" | h}"_s << u"<b>&lt;b&gt;"_s;
    QTest::newRow("comment lines") << u"a\n## a Mako comment\nb\n"_s << u"a\nb\n"_s;
    QTest::newRow("text block") << u"<%text>${not evaluated}</%text>"_s << u"${not evaluated}"_s;
    QTest::newRow("doc block") << u"a<%doc>\nnotes\n</%doc>b"_s << u"ab"_s;
    QTest::newRow("module block") << u"<%!\nimport re\n\n%>x"_s << u"x"_s;
    QTest::newRow("code block") << u"<%\n    n = up_revision + \"!\"\n%>${n}"_s << u"abc!"_s;
    QTest::newRow("escaped percent") << u"%% not a control line\n"_s << u"% not a control line\n"_s;
    QTest::newRow("line join") << u"a \\\nb"_s << u"a b"_s;
    QTest::newRow("for") << u"% for x in down_revision:\n[${x}]\n% endfor\n"_s << u"[p1]\n[p2]\n"_s;
    QTest::newRow("for re.split (multidb)") << u"% for db in re.split(r',\\s*', names):\ndef upgrade_${db}():\n% endfor\n"_s
                                            << u"def upgrade_engine1():\ndef upgrade_engine2():\n"_s;
    QTest::newRow("if elif else") << u"% if nothing:\nA\n% elif up_revision == \"abc\":\nB\n% else:\nC\n% endif\n"_s << u"B\n"_s;
    QTest::newRow("not and or") << u"${not nothing and (up_revision or \"x\")}"_s << u"abc"_s;
    QTest::newRow("len index") << u"${len(down_revision)} ${down_revision[-1]}"_s << u"2 p2"_s;
}

void TestRevisionWriter::mako()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const auto out = MakoTemplate::render(source, sampleContext(), u"t.mako"_s);
    QVERIFY2(out, qPrintable(out.errorMessage()));
    QCOMPARE(out.value(), expected);
}

void TestRevisionWriter::makoErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("contains");
    QTest::newRow("undefined printed") << u"x\n${imports}"_s << u"t.mako:2"_s;
    QTest::newRow("unclosed expression") << u"${up_revision"_s << u"never closed"_s;
    QTest::newRow("unclosed for") << u"% for x in down_revision:\n${x}\n"_s << u"never closed"_s;
    QTest::newRow("stray endif") << u"% endif\n"_s << u"without"_s;
    QTest::newRow("unsupported tag") << u"<%def name=\"x()\">y</%def>"_s << u"not supported"_s;
    QTest::newRow("unsupported control") << u"% while True:\n% endwhile\n"_s << u"unsupported Mako control"_s;
    QTest::newRow("module code") << u"<%! x = 1 %>"_s << u"not supported"_s;
    QTest::newRow("unknown filter") << u"${up_revision | shout}"_s << u"unknown filter"_s;
    QTest::newRow("syntax") << u"${up_revision +}"_s << u"t.mako:1"_s;
}

void TestRevisionWriter::makoErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, contains);
    const auto out = MakoTemplate::render(source, sampleContext(), u"t.mako"_s);
    QVERIFY2(!out, qPrintable(out ? out.value() : QString()));
    QVERIFY2(out.errorMessage().contains(contains), qPrintable(out.errorMessage()));
}

void TestRevisionWriter::slug_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("truncate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"Add the Users table!"_s << 40 << u"add_the_users_table"_s;
    QTest::newRow("punctuation") << u"fix: a--b (c)"_s << 40 << u"fix_a_b_c"_s;
    QTest::newRow("unicode") << u"Ajouter les métadonnées"_s << 40 << u"ajouter_les_métadonnées"_s;
    QTest::newRow("truncated at a word") << u"one two three four five six seven eight nine"_s << 20 << u"one_two_three_four_"_s;
    QTest::newRow("empty") << QString() << 40 << QString();
}

void TestRevisionWriter::slug()
{
    QFETCH(QString, message);
    QFETCH(int, truncate);
    QFETCH(QString, expected);
    QCOMPARE(RevisionWriter::slug(message, truncate), expected);
}

void TestRevisionWriter::fileName_data()
{
    QTest::addColumn<QString>("fileTemplate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << u"%(rev)s_%(slug)s"_s << u"ae10_add_users.py"_s;
    QTest::newRow("dated") << u"%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s"_s
                           << u"2024_03_07_0905-ae10_add_users.py"_s;
    QTest::newRow("epoch and padding") << u"%(epoch)s_%(second)02d_%%_%(rev)s"_s << u"1709802303_03_%_ae10.py"_s;
}

void TestRevisionWriter::fileName()
{
    QFETCH(QString, fileTemplate);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2024, 3, 7), QTime(9, 5, 3), QTimeZone::utc());
    const auto name = RevisionWriter::fileName(fileTemplate, u"ae10"_s, u"add_users"_s, when);
    QVERIFY2(name, qPrintable(name.errorMessage()));
    QCOMPARE(name.value(), expected);
    QVERIFY(!RevisionWriter::fileName(u"%(unknown)s"_s, u"a"_s, u"b"_s, when));
}

void TestRevisionWriter::pythonDateTime()
{
    const QDateTime t(QDate(2024, 3, 7), QTime(9, 5, 3, 120), QTimeZone::utc());
    QCOMPARE(RevisionWriter::pythonDateTime(t, false), u"2024-03-07 09:05:03.120000"_s);
    QCOMPARE(RevisionWriter::pythonDateTime(t, true), u"2024-03-07 09:05:03.120000+00:00"_s);
    const QDateTime whole(QDate(2024, 3, 7), QTime(9, 5, 3), QTimeZone(3600 * 2 + 1800));
    QCOMPARE(RevisionWriter::pythonDateTime(whole, true), u"2024-03-07 09:05:03+02:30"_s);
    QCOMPARE(RevisionWriter::newRevisionId().size(), 12);
    QVERIFY(RevisionWriter::newRevisionId().contains(QRegularExpression(u"^[0-9a-f]{12}$"_s)));
    QVERIFY(RevisionWriter::newRevisionId() != RevisionWriter::newRevisionId());
}

void TestRevisionWriter::builtinTemplate()
{
    QTemporaryDir dir;
    AlembicConfig config = AlembicConfig::fromVersionLocations({dir.path()});
    const RevisionGraph g = RevisionGraph::build({rev(u"aaa111"_s, {}, dir.path(), {u"core"_s})});
    RevisionRequest r;
    r.message = u"second one"_s;
    r.revisionId = u"bbb222"_s;
    r.dependsOn = {u"core"_s};
    r.createDate = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5));
    const auto out = RevisionWriter(config, g).generate(r);
    QVERIFY2(out, qPrintable(out.errorMessage()));
    QVERIFY(out->builtinTemplate);
    QCOMPARE(out->path, QDir(dir.path()).absolutePath() + u"/bbb222_second_one.py"_s);
    const QString expected = uR"("""second one

Revision ID: bbb222
Revises: aaa111
Create Date: 2024-01-02 03:04:05

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bbb222'
down_revision: Union[str, Sequence[str], None] = 'aaa111'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'core'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
)"_s;
    QCOMPARE(out->source, expected);
}

void TestRevisionWriter::refusals_data()
{
    QTest::addColumn<QStringList>("heads");
    QTest::addColumn<QString>("revisionId");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QString>("contains");
    QTest::newRow("several heads") << QStringList{u"head"_s} << QString() << QStringList() << QStringList()
                                   << u"Multiple heads are present"_s;
    QTest::newRow("not a head") << QStringList{u"aaa111"_s} << QString() << QStringList() << QStringList() << u"--splice"_s;
    QTest::newRow("twice the same head") << QStringList{u"bbb222"_s, u"bbb2"_s} << QString() << QStringList() << QStringList()
                                         << u"Duplicate head"_s;
    QTest::newRow("illegal id") << QStringList{u"bbb222"_s} << u"a-b"_s << QStringList() << QStringList() << u"'-'"_s;
    QTest::newRow("existing id") << QStringList{u"bbb222"_s} << u"ccc333"_s << QStringList() << QStringList() << u"already exists"_s;
    QTest::newRow("label in use") << QStringList{u"bbb222"_s} << QString() << QStringList{u"core"_s} << QStringList()
                                  << u"already used"_s;
    QTest::newRow("unknown dependency") << QStringList{u"bbb222"_s} << QString() << QStringList() << QStringList{u"zzzz"_s}
                                        << u"Can't locate"_s;
    QTest::newRow("unknown head") << QStringList{u"zzzz99"_s} << QString() << QStringList() << QStringList() << u"Can't locate"_s;
}

void TestRevisionWriter::refusals()
{
    QFETCH(QStringList, heads);
    QFETCH(QString, revisionId);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QString, contains);
    QTemporaryDir dir;
    const AlembicConfig config = AlembicConfig::fromVersionLocations({dir.path()});
    const RevisionGraph g = RevisionGraph::build({rev(u"aaa111"_s, {}, dir.path(), {u"core"_s}),
                                                  rev(u"bbb222"_s, {u"aaa111"_s}, dir.path()),
                                                  rev(u"ccc333"_s, {u"aaa111"_s}, dir.path())});
    RevisionRequest r;
    r.message = u"m"_s;
    r.heads = heads;
    r.revisionId = revisionId;
    r.branchLabels = labels;
    r.dependsOn = dependsOn;
    const auto out = RevisionWriter(config, g).generate(r);
    QVERIFY(!out);
    QVERIFY2(out.errorMessage().contains(contains), qPrintable(out.errorMessage()));
}

void TestRevisionWriter::writesAndNeverOverwrites()
{
    QTemporaryDir dir;
    const AlembicConfig config = AlembicConfig::fromVersionLocations({dir.path()});
    RevisionRequest r;
    r.message = u"first"_s;
    r.revisionId = u"f1f1f1f1f1f1"_s;
    const auto out = RevisionWriter(config, RevisionGraph::load(config)).write(r);
    QVERIFY2(out, qPrintable(out.errorMessage()));
    QVERIFY(QFile::exists(out->path));
    const RevisionGraph g = RevisionGraph::load(config);
    QCOMPARE(g.size(), 1);
    QVERIFY(g.node(0).base);
    QCOMPARE(g.node(0).script.message, u"first"_s);
    // Same id again: refused before anything is written.
    QVERIFY(!RevisionWriter(config, g).write(r));
    // Another version path than the configured ones is refused.
    RevisionRequest elsewhere;
    elsewhere.message = u"x"_s;
    elsewhere.versionPath = dir.filePath(u"../elsewhere"_s);
    const auto refused = RevisionWriter(config, g).generate(elsewhere);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(u"not represented"_s));
}

void TestRevisionWriter::templateWithoutBranchLabels()
{
    // An old script.py.mako without branch_labels cannot record a label: refused (as Alembic does).
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"migrations/versions"_s);
    QFile f(dir.filePath(u"migrations/script.py.mako"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"\"\"${message}\"\"\"\nrevision = ${repr(up_revision)}\ndown_revision = ${repr(down_revision)}\n");
    f.close();
    const AlembicConfig config = AlembicConfig::fromVersionLocations({dir.filePath(u"migrations/versions"_s)});
    QVERIFY(!config.templatePath().isEmpty());
    RevisionRequest r = RevisionRequest::newBranch(u"new branch"_s, u"lbl"_s);
    const auto out = RevisionWriter(config, RevisionGraph::load(config)).generate(r);
    QVERIFY(!out);
    QVERIFY2(out.errorMessage().contains(u"branch_labels"_s), qPrintable(out.errorMessage()));
    r.branchLabels.clear();
    QVERIFY(RevisionWriter(config, RevisionGraph::load(config)).generate(r));
}

QTEST_GUILESS_MAIN(TestRevisionWriter)
#include "tst_revisionwriter.moc"
