// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionscript.h"
#include "pythonlexer.h"

#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <optional>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Godwit {

using Python::Token;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::RevisionScript", text); }

const QString kRevision = QStringLiteral("revision");
const QString kDownRevision = QStringLiteral("down_revision");
const QString kBranchLabels = QStringLiteral("branch_labels");
const QString kDependsOn = QStringLiteral("depends_on");

// Our four variables, as indices into the parse's per-variable slots.
enum RevisionVariable { Revision, DownRevision, BranchLabels, DependsOn, RevisionVariableCount };

int revisionVariable(QStringView name)
{
    if (name.size() < 8 || name.size() > 13) // the lengths of the four names
        return -1;
    if (Python::sameText(name, QLatin1String("revision")))
        return Revision;
    if (Python::sameText(name, QLatin1String("down_revision")))
        return DownRevision;
    if (Python::sameText(name, QLatin1String("branch_labels")))
        return BranchLabels;
    if (Python::sameText(name, QLatin1String("depends_on")))
        return DependsOn;
    return -1;
}

bool isRevisionVariable(QStringView name) { return revisionVariable(name) >= 0; }

// A module-level value as far as it can be known without running Python.
struct PyValue
{
    enum Kind { None, Str, Tuple, List, Set, Opaque };
    Kind kind = Opaque;
    QString str;
    QList<PyValue> items;
    bool bytes = false;
    // Opaque: why it cannot be known. An enum rather than the message: imports and computed names are in every
    // script, and the words are only needed when a message says them (see whyText).
    enum Why { Unknown, Boolean, Number, Imported, Computed, EmptyDict };
    Why why = Unknown;
};

QString whyText(PyValue::Why why)
{
    switch (why) {
    case PyValue::Unknown: return {};
    case PyValue::Boolean: return tr("a boolean");
    case PyValue::Number: return tr("a number");
    case PyValue::Imported: return tr("imported");
    case PyValue::Computed: return tr("computed");
    case PyValue::EmptyDict: return tr("an empty dict");
    }
    return {};
}

// Module-level names and what they hold; the names point into the script's text, which outlives the parse. A
// script has a handful (its imports, our four variables): they are searched in a short list, and indexed only
// when there are many, rather than hashed into a table allocated and freed for every script.
class Symbols
{
public:
    const PyValue *find(QStringView name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? nullptr : &m_entries[i].second;
    }

    void insert(QStringView name, const PyValue &value)
    {
        if (const qsizetype i = indexOf(name); i >= 0) {
            m_entries[i].second = value;
            return;
        }
        m_entries.append({name, value});
        if (!m_index.isEmpty()) {
            m_index.insert(name, m_entries.size() - 1);
        } else if (m_entries.size() > 32) {
            for (qsizetype i = 0; i < m_entries.size(); ++i)
                m_index.insert(m_entries[i].first, i);
        }
    }

private:
    qsizetype indexOf(QStringView name) const
    {
        if (!m_index.isEmpty())
            return m_index.value(name, -1);
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].first.size() == name.size() && m_entries[i].first == name)
                return i;
        return -1;
    }

    QVarLengthArray<std::pair<QStringView, PyValue>, 16> m_entries;
    QHash<QStringView, qsizetype> m_index;
};

struct EvalError
{
    QString message;
    int line = 0;
};

using Tokens = decltype(Python::LogicalLine::tokens);

QString tokensText(const Tokens &tokens, int begin, int end)
{
    QString out;
    for (int i = begin; i < end && i < tokens.size(); ++i) {
        if (!out.isEmpty() && !(tokens.at(i).kind == Token::Op && (tokens.at(i).isOp(u',')
                                                                   || tokens.at(i).isOp(u')')
                                                                   || tokens.at(i).isOp(u']')))
            && !(tokens.at(i - 1).kind == Token::Op
                 && (tokens.at(i - 1).isOp(u'(') || tokens.at(i - 1).isOp(u'['))))
            out += u' ';
        out += tokens.at(i).text;
    }
    return out.size() > 60 ? out.left(57) + QStringLiteral("...") : out;
}

// Index of the bracket closing the one at open, within [open, end).
int matchingBracket(const Tokens &t, int open, int end)
{
    int depth = 0;
    for (int i = open; i < end; ++i) {
        const Token &tok = t.at(i);
        if (tok.isOp(u'(') || tok.isOp(u'[') || tok.isOp(u'{'))
            ++depth;
        else if (tok.isOp(u')') || tok.isOp(u']') || tok.isOp(u'}'))
            if (--depth == 0)
                return i;
    }
    return -1;
}

class Evaluator
{
public:
    Evaluator(const Tokens &tokens, const Symbols &symbols) : m_t(tokens), m_symbols(symbols) {}

    // Evaluates tokens [begin, end) as an expression list (a bare "a, b" is a tuple).
    std::optional<PyValue> evaluate(int begin, int end, EvalError &error)
    {
        return exprList(begin, end, error, nullptr);
    }

private:
    std::optional<PyValue> exprList(int begin, int end, EvalError &error, bool *hadComma)
    {
        if (begin >= end) {
            error = {tr("an assignment without a value"), lineAt(begin)};
            return std::nullopt;
        }
        std::optional<PyValue> single; // the value until a comma makes it a tuple (no list for the usual case)
        QList<PyValue> items;
        bool comma = false;
        int i = begin;
        while (i < end) {
            int next = i;
            auto v = atom(i, end, next, error);
            if (!v)
                return std::nullopt;
            if (comma)
                items.append(std::move(*v));
            else
                single = std::move(v);
            i = next;
            if (i >= end)
                break;
            if (m_t.at(i).isOp(u',')) {
                if (!comma)
                    items.append(std::move(*single));
                comma = true;
                ++i;
                continue;
            }
            error = {tr("“%1” is an expression that cannot be read without running Python").arg(tokensText(m_t, begin, end)),
                     m_t.at(i).line};
            return std::nullopt;
        }
        if (hadComma)
            *hadComma = comma;
        if (!comma)
            return single;
        PyValue tuple;
        tuple.kind = PyValue::Tuple;
        tuple.items = items;
        return tuple;
    }

    int lineAt(int i) const
    {
        if (m_t.isEmpty())
            return 0;
        return m_t.at(std::clamp(i, 0, int(m_t.size()) - 1)).line;
    }

    std::optional<PyValue> atom(int i, int end, int &next, EvalError &error)
    {
        const Token &t = m_t.at(i);
        if (t.kind == Token::String) {
            PyValue v;
            v.kind = PyValue::Str;
            int j = i;
            while (j < end && m_t.at(j).kind == Token::String) {
                if (m_t.at(j).formatted) {
                    error = {tr("an f-string cannot be read without running Python"), m_t.at(j).line};
                    return std::nullopt;
                }
                v.bytes = v.bytes || m_t.at(j).bytes;
                v.str += m_t.at(j).value;
                ++j;
            }
            next = j;
            return v;
        }
        if (t.kind == Token::Name) {
            next = i + 1;
            if (t.isName(QLatin1String("None"))) {
                PyValue v;
                v.kind = PyValue::None;
                return v;
            }
            if (t.isName(QLatin1String("True")) || t.isName(QLatin1String("False"))) {
                PyValue v;
                v.why = PyValue::Boolean;
                return v;
            }
            if (Python::isKeyword(t.text)) {
                error = {tr("invalid syntax near “%1”").arg(t.text), t.line};
                return std::nullopt;
            }
            if (next < end && m_t.at(next).kind == Token::Op
                && (m_t.at(next).isOp(u'(') || m_t.at(next).isOp(u'.') || m_t.at(next).isOp(u'['))) {
                error = {tr("“%1” is an expression that cannot be read without running Python").arg(tokensText(m_t, i, end)), t.line};
                return std::nullopt;
            }
            const PyValue *it = m_symbols.find(t.text);
            if (!it) {
                error = {tr("unknown variable “%1” (it is not defined before it is used)").arg(t.text), t.line};
                return std::nullopt;
            }
            if (it->kind == PyValue::Opaque) {
                error = {tr("“%1” is %2, not a value that can be read without running Python")
                             .arg(t.text, it->why == PyValue::Unknown ? tr("computed") : whyText(it->why)),
                         t.line};
                return std::nullopt;
            }
            // Calls, attributes and subscripts make it an expression.
            return *it;
        }
        if (t.kind == Token::Op && (t.isOp(u'(') || t.isOp(u'[') || t.isOp(u'{'))) {
            const int close = matchingBracket(m_t, i, end);
            if (close < 0) {
                error = {tr("'%1' was never closed").arg(t.text), t.line};
                return std::nullopt;
            }
            next = close + 1;
            PyValue v;
            if (close == i + 1) {
                v.kind = t.isOp(u'(') ? PyValue::Tuple : t.isOp(u'[') ? PyValue::List : PyValue::Opaque;
                if (v.kind == PyValue::Opaque)
                    v.why = PyValue::EmptyDict;
                if (v.kind == PyValue::Opaque) {
                    error = {tr("a dict is not a revision identifier"), t.line};
                    return std::nullopt;
                }
                return v;
            }
            for (int k = i + 1; k < close; ++k) {
                if (m_t.at(k).isOp(QLatin1String(":")) && t.isOp(u'{')) {
                    error = {tr("a dict is not a revision identifier"), t.line};
                    return std::nullopt;
                }
                if (m_t.at(k).isName(QLatin1String("for"))) {
                    error = {tr("a comprehension cannot be read without running Python"), m_t.at(k).line};
                    return std::nullopt;
                }
            }
            bool comma = false;
            auto inner = exprList(i + 1, close, error, &comma);
            if (!inner)
                return std::nullopt;
            if (t.isOp(u'(')) {
                if (comma)
                    return inner; // a tuple
                return inner;     // parenthesized value
            }
            v.kind = t.isOp(u'[') ? PyValue::List : PyValue::Set;
            v.items = comma ? inner->items : QList<PyValue>{*inner};
            return v;
        }
        if (t.kind == Token::Number) {
            next = i + 1;
            PyValue v;
            v.why = PyValue::Number;
            return v;
        }
        error = {tr("invalid syntax near “%1”").arg(t.text), t.line};
        return std::nullopt;
    }

    const Tokens &m_t;
    const Symbols &m_symbols;
};

QString kindName(const PyValue &v)
{
    switch (v.kind) {
    case PyValue::None: return QStringLiteral("None");
    case PyValue::Str: return v.bytes ? tr("bytes") : tr("a string");
    case PyValue::Tuple: return tr("a tuple");
    case PyValue::List: return tr("a list");
    case PyValue::Set: return tr("a set");
    case PyValue::Opaque: return v.why == PyValue::Unknown ? tr("not a string") : whyText(v.why);
    }
    return {};
}

// None, a string, or a tuple/list/set of strings → the list Alembic's to_tuple() would give.
std::optional<QStringList> toStringList(const PyValue &v, const QString &name, QString &error)
{
    if (v.kind == PyValue::None)
        return QStringList();
    if (v.kind == PyValue::Str) {
        if (v.bytes) {
            error = tr("%1 is bytes; it must be a string").arg(name);
            return std::nullopt;
        }
        return QStringList{v.str};
    }
    if (v.kind == PyValue::Tuple || v.kind == PyValue::List || v.kind == PyValue::Set) {
        QStringList out;
        for (const PyValue &item : v.items) {
            if (item.kind != PyValue::Str || item.bytes) {
                error = tr("%1 holds %2; every element must be a string").arg(name, kindName(item));
                return std::nullopt;
            }
            out.append(item.str);
        }
        return out;
    }
    error = tr("%1 is %2; it must be None, a string or a tuple of strings").arg(name, kindName(v));
    return std::nullopt;
}

struct Block
{
    int headerIndent; // indentation of the line that opened the block
    int indent;       // indentation of the block's body (-1 until its first line)
    bool definition;  // def/class: its assignments are not module constants
    QStringView keyword;
};

ParsedRevisionScript failAt(const QString &path, int line, const QString &code, const QString &message)
{
    ParsedRevisionScript out;
    out.ok = false;
    out.script.path = path;
    out.diagnostics.append({RevisionDiagnostic::Error, code, message, path, line, {}});
    return out;
}

bool isAtomEnd(const Token &t)
{
    if (t.kind == Token::Number || t.kind == Token::String)
        return true;
    if (t.kind == Token::Name)
        return !Python::isKeyword(t.text) || t.isName(QLatin1String("None")) || t.isName(QLatin1String("True"))
               || t.isName(QLatin1String("False"));
    return t.kind == Token::Op && (t.isOp(u')') || t.isOp(u']') || t.isOp(u'}'));
}

bool isAtomStart(const Token &t)
{
    if (t.kind == Token::Number)
        return true;
    if (t.kind == Token::Name)
        return !Python::isKeyword(t.text) || t.isName(QLatin1String("None")) || t.isName(QLatin1String("True"))
               || t.isName(QLatin1String("False"));
    return false;
}

bool isBlockKeyword(QStringView name)
{
    if (name.size() < 2 || name.size() > 7) // the lengths of the words below; most statements start with other names
        return false;
    static const QLatin1String k[] = {QLatin1String("def"),    QLatin1String("class"),   QLatin1String("if"),
                                      QLatin1String("elif"),   QLatin1String("else"),    QLatin1String("for"),
                                      QLatin1String("while"),  QLatin1String("with"),    QLatin1String("try"),
                                      QLatin1String("except"), QLatin1String("finally"), QLatin1String("async"),
                                      QLatin1String("match"),  QLatin1String("case")};
    return std::any_of(std::begin(k), std::end(k), [name](QLatin1String word) { return Python::sameText(name, word); });
}

} // namespace

QString RevisionDiagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Note: return QStringLiteral("note");
    case Warning: return QStringLiteral("warning");
    case Error: return QStringLiteral("error");
    }
    return {};
}

QString RevisionDiagnostic::toString() const
{
    QString where = path;
    if (!where.isEmpty() && line > 0)
        where += u':' + QString::number(line);
    return (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + severityName(severity) + QStringLiteral(": ") + message;
}

bool isRevisionScriptFileName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".py")) && !fileName.startsWith(QLatin1String(".#"))
           && !fileName.startsWith(QLatin1String("__init__"));
}

ParsedRevisionScript parseRevisionSource(const QByteArray &source, const QString &path)
{
    QString text = QString::fromUtf8(source);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.contains(u'\r')) // replace() sets up a string search even when there is nothing to replace
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    Python::Tokenizer tokenizer(text);

    ParsedRevisionScript out;
    out.ok = true;
    RevisionScript &s = out.script;
    s.path = path;

    Symbols symbols;
    std::optional<PyValue> found[RevisionVariableCount]; // our four variables, last assignment wins
    int foundLine[RevisionVariableCount] = {};
    QVarLengthArray<Block, 8> blocks;
    bool expectIndent = false;
    int expectIndentLine = 0;
    bool first = true;
    QString docstring;
    bool haveDocstring = false;

    // One logical line at a time, from the tokenizer; a failure when the script cannot be read.
    Python::LogicalLine ll;
    const Tokens &t = ll.tokens;
    int lastLine = 0;
    const auto readLine = [&]() -> std::optional<ParsedRevisionScript> {
        // Indentation, as Python checks it.
        if (expectIndent) {
            if (ll.indent <= blocks.last().headerIndent)
                return failAt(path, ll.line, QStringLiteral("syntax-error"),
                              tr("expected an indented block after the statement on line %1").arg(expectIndentLine));
            blocks.last().indent = ll.indent;
            expectIndent = false;
        } else {
            const int current = blocks.isEmpty() ? 0 : blocks.last().indent;
            if (ll.indent > current)
                return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("unexpected indent"));
            while (!blocks.isEmpty() && ll.indent < blocks.last().indent)
                blocks.removeLast();
            const int now = blocks.isEmpty() ? 0 : blocks.last().indent;
            if (ll.indent != now)
                return failAt(path, ll.line, QStringLiteral("syntax-error"),
                              tr("unindent does not match any outer indentation level"));
        }

        // Two values in a row ("foo bar", "print 'x'") are never valid Python.
        for (int i = 1; i < t.size(); ++i) {
            const Token &a = t.at(i - 1);
            const Token &b = t.at(i);
            if (a.kind == Token::String && b.kind == Token::String)
                continue;
            if (isAtomEnd(a) && (isAtomStart(b) || (b.kind == Token::String && a.kind != Token::String)))
                return failAt(path, b.line, QStringLiteral("syntax-error"), tr("invalid syntax near “%1 %2”").arg(a.text, b.text));
        }

        const Token &head = t.first();
        const bool opensBlock = t.last().isOp(QLatin1String(":"));
        const bool isBlockHeader = (head.kind == Token::Name && isBlockKeyword(head.text)) || head.isOp(QLatin1String("@"));
        if (opensBlock && !(head.kind == Token::Name && isBlockKeyword(head.text)))
            return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("invalid syntax: “:” at the end of a line that opens no block"));
        if (head.kind == Token::Name && (head.isName(QLatin1String("def")) || head.isName(QLatin1String("class")))) {
            if (t.size() < 2 || t.at(1).kind != Token::Name)
                return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("invalid syntax: %1 needs a name").arg(head.text));
            if (head.isName(QLatin1String("def")) && (t.size() < 3 || !t.at(2).isOp(QLatin1String("("))))
                return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("invalid syntax: def %1 needs parentheses").arg(t.at(1).text));
            bool hasColon = false;
            int depth = 0;
            for (const Token &tok : t) {
                if (tok.kind != Token::Op)
                    continue;
                if (tok.isOp(u'(') || tok.isOp(u'[') || tok.isOp(u'{'))
                    ++depth;
                else if (tok.isOp(u')') || tok.isOp(u']') || tok.isOp(u'}'))
                    --depth;
                else if (tok.isOp(u':') && depth == 0)
                    hasColon = true;
            }
            if (!hasColon)
                return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("expected “:” after %1 %2").arg(head.text, t.at(1).text));
        }

        bool insideDefinition = false;
        bool insideConditional = false;
        for (const Block &b : blocks) {
            insideDefinition = insideDefinition || b.definition;
            insideConditional = insideConditional || !b.definition;
        }
        const bool moduleLevel = !insideDefinition;

        if (first) {
            first = false;
            bool allStrings = true;
            for (const Token &tok : t)
                allStrings = allStrings && tok.kind == Token::String;
            if (allStrings && blocks.isEmpty()) {
                bool usable = true;
                for (const Token &tok : t) {
                    usable = usable && !tok.bytes && !tok.formatted;
                    docstring += tok.value;
                }
                haveDocstring = usable;
                return std::nullopt;
            }
        }

        if (opensBlock) {
            // The decorator line itself opens nothing; "def" or "class" follows.
            const bool definition = head.isName(QLatin1String("def")) || head.isName(QLatin1String("class"))
                                    || (head.isName(QLatin1String("async")) && t.size() > 1
                                        && t.at(1).isName(QLatin1String("def")));
            blocks.append(Block{ll.indent, -1, definition, head.text});
            expectIndent = true;
            expectIndentLine = ll.line;
            return std::nullopt;
        }
        if (isBlockHeader)
            return std::nullopt; // decorators, one-line compound statements ("if x: y = 1")

        if (!moduleLevel)
            return std::nullopt;

        // Imports make names known (but not their values).
        if (head.isName(QLatin1String("import")) || head.isName(QLatin1String("from"))) {
            int i = head.isName(QLatin1String("from")) ? -1 : 1;
            if (i < 0) {
                for (int k = 0; k < t.size(); ++k)
                    if (t.at(k).isName(QLatin1String("import"))) {
                        i = k + 1;
                        break;
                    }
                if (i < 0)
                    return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("invalid syntax: “from” without “import”"));
            }
            for (; i < t.size(); ++i) {
                if (t.at(i).kind != Token::Name)
                    continue;
                QStringView name = t.at(i).text;
                if (i + 2 < t.size() && t.at(i + 1).isName(QLatin1String("as")))
                    name = t.at(i + 2).text, i += 2;
                else
                    while (i + 2 < t.size() && t.at(i + 1).isOp(QLatin1String(".")))
                        i += 2; // "import a.b.c" binds "a"
                PyValue opaque;
                opaque.why = PyValue::Imported;
                if (!isRevisionVariable(name))
                    symbols.insert(name, opaque);
                else
                    return failAt(path, t.at(i).line, QStringLiteral("unsupported-assignment"),
                                  tr("%1 is imported: its value cannot be read without running Python").arg(name));
            }
            return std::nullopt;
        }

        // Assignment targets: every "=" at bracket depth 0 (a = b = value).
        QVarLengthArray<int, 4> equals;
        int augmented = -1;
        int depth = 0;
        for (int i = 0; i < t.size(); ++i) {
            const Token &tok = t.at(i);
            if (tok.kind != Token::Op)
                continue;
            if (tok.isOp(u'(') || tok.isOp(u'[') || tok.isOp(u'{'))
                ++depth;
            else if (tok.isOp(u')') || tok.isOp(u']') || tok.isOp(u'}'))
                --depth;
            else if (depth == 0 && tok.isOp(u'='))
                equals.append(i);
            else if (depth == 0 && augmented < 0 && tok.text.size() >= 2 && tok.text.endsWith(u'=')
                     && !tok.isOp(QLatin1String("==")) && !tok.isOp(QLatin1String("!=")) && !tok.isOp(QLatin1String("<="))
                     && !tok.isOp(QLatin1String(">=")))
                augmented = i;
        }
        if (augmented >= 0 && equals.isEmpty()) {
            if (augmented == 1 && head.kind == Token::Name && isRevisionVariable(head.text))
                return failAt(path, ll.line, QStringLiteral("unsupported-assignment"),
                              tr("“%1 %2 …” cannot be read without running Python").arg(head.text, t.at(1).text));
            if (augmented == 1 && head.kind == Token::Name) {
                PyValue opaque;
                opaque.why = PyValue::Computed;
                symbols.insert(head.text, opaque);
            }
            return std::nullopt;
        }
        if (equals.isEmpty()) {
            // A bare annotation ("x: int") or an expression statement.
            return std::nullopt;
        }
        if (equals.front() == 0 || equals.back() == t.size() - 1)
            return failAt(path, ll.line, QStringLiteral("syntax-error"), tr("invalid syntax: an assignment needs a target and a value"));

        Evaluator eval(t, symbols);
        EvalError error;
        const std::optional<PyValue> value = eval.evaluate(equals.back() + 1, int(t.size()), error);

        int targetStart = 0;
        for (int e : equals) {
            // A target: NAME, or NAME ':' annotation (only for a single target).
            const Token &first = t.at(targetStart);
            const bool simple = first.kind == Token::Name && (e == targetStart + 1 || t.at(targetStart + 1).isOp(QLatin1String(":")));
            if (!simple) {
                for (int k = targetStart; k < e; ++k)
                    if (t.at(k).kind == Token::Name && isRevisionVariable(t.at(k).text)
                        && !(k > targetStart && t.at(k - 1).isOp(QLatin1String("."))))
                        return failAt(path, t.at(k).line, QStringLiteral("unsupported-assignment"),
                                      tr("this form of assigning %1 cannot be read; write “%1 = …”").arg(t.at(k).text));
                targetStart = e + 1;
                continue;
            }
            const QStringView name = first.text;
            if (Python::isKeyword(name))
                return failAt(path, first.line, QStringLiteral("syntax-error"), tr("invalid syntax: cannot assign to %1").arg(name));
            if (const int variable = revisionVariable(name); variable >= 0) {
                if (insideConditional)
                    return failAt(path, first.line, QStringLiteral("unsupported-assignment"),
                                  tr("%1 is assigned inside an “%2” block: which value Python would use cannot be known without running it")
                                      .arg(name, blocks.first().keyword));
                if (!value)
                    return failAt(path, error.line > 0 ? error.line : first.line, QStringLiteral("unreadable-value"),
                                  tr("%1: %2").arg(name, error.message));
                found[variable] = *value;
                foundLine[variable] = first.line;
            }
            if (value) {
                symbols.insert(name, *value);
            } else {
                PyValue opaque;
                opaque.why = PyValue::Computed;
                symbols.insert(name, opaque);
            }
            targetStart = e + 1;
        }
        return std::nullopt;
    };
    while (tokenizer.next(ll)) {
        lastLine = ll.line;
        if (std::optional<ParsedRevisionScript> failure = readLine()) {
            // A tokenizer error anywhere in the script wins over this one, as it always has: read to the end first.
            while (tokenizer.next(ll)) {
            }
            if (tokenizer.ok())
                return *failure;
        }
    }
    if (!tokenizer.ok())
        return failAt(path, tokenizer.error().line, QStringLiteral("syntax-error"), tokenizer.error().message);
    if (expectIndent)
        return failAt(path, lastLine > 0 ? lastLine : 1, QStringLiteral("syntax-error"),
                      tr("expected an indented block after the statement on line %1").arg(expectIndentLine));

    // The docstring, as Alembic's Script.doc and longdoc read it.
    if (haveDocstring) {
        s.longDoc = docstring.trimmed();
        // Character loops: QString's searches cost more to set up than these few lines take to scan.
        const QStringView doc(s.longDoc);
        qsizetype paragraphEnd = -1; // the first "\n\n"
        for (qsizetype i = 0; i + 1 < doc.size() && paragraphEnd < 0; ++i)
            if (doc[i] == u'\n' && doc[i + 1] == u'\n')
                paragraphEnd = i;
        s.message = s.longDoc.left(paragraphEnd); // the first paragraph, or all of it
        for (qsizetype start = 0, end = 0; start <= doc.size(); start = end + 1) {
            end = start;
            while (end < doc.size() && doc[end] != u'\n')
                ++end;
            const QStringView l = doc.sliced(start, end - start).trimmed();
            if (l.size() < 8 || (l.front() != u'C' && l.front() != u'R')) // none of the three below
                continue;
            if (l.startsWith(QLatin1String("Create Date:")))
                s.createDate = l.mid(12).trimmed().toString();
            else if (l.startsWith(QLatin1String("Revision ID:")))
                s.docRevisionId = l.mid(12).trimmed().toString();
            else if (l.startsWith(QLatin1String("Revises:")))
                s.docRevises = l.mid(8).trimmed().toString();
        }
    }

    QString error;
    if (found[Revision]) {
        const PyValue &v = *found[Revision];
        s.revisionLine = foundLine[Revision];
        if (v.kind != PyValue::Str || v.bytes)
            return failAt(path, s.revisionLine, QStringLiteral("bad-revision"),
                          tr("revision is %1; it must be a string").arg(kindName(v)));
        s.revision = v.str;
    } else {
        static const QRegularExpression legacy(QStringLiteral("^([a-f0-9]+)\\.py$"));
        const auto m = legacy.match(QFileInfo(path).fileName());
        if (!m.hasMatch())
            return failAt(path, 1, QStringLiteral("missing-revision"),
                          tr("no “revision = …” assignment: Alembic cannot tell this script's revision id"));
        s.revision = m.captured(1);
        s.legacyRevisionFromFileName = true;
        out.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("legacy-revision"),
                             tr("no “revision = …” assignment; the revision id %1 is taken from the file name (Alembic 0.1 style)").arg(s.revision),
                             path, 1, {s.revision}});
    }
    if (s.revision.isEmpty())
        return failAt(path, s.revisionLine, QStringLiteral("bad-revision"), tr("the revision id is empty"));
    {
        QStringList illegal;
        for (const QChar c : {QChar(u'-'), QChar(u'+'), QChar(u'@')})
            if (s.revision.contains(c))
                illegal.append(QString(c));
        if (!illegal.isEmpty()) {
            std::sort(illegal.begin(), illegal.end());
            return failAt(path, s.revisionLine, QStringLiteral("bad-revision"),
                          tr("character(s) '%1' not allowed in revision identifier '%2'").arg(illegal.join(QStringLiteral(", ")), s.revision));
        }
    }

    if (!found[DownRevision])
        return failAt(path, s.revisionLine > 0 ? s.revisionLine : 1, QStringLiteral("missing-down-revision"),
                      tr("no “down_revision = …” assignment (use down_revision = None for a first revision)"));
    {
        const PyValue &v = *found[DownRevision];
        s.downRevisionLine = foundLine[DownRevision];
        auto list = toStringList(v, kDownRevision, error);
        if (!list)
            return failAt(path, s.downRevisionLine, QStringLiteral("bad-down-revision"), error);
        s.downRevisions = *list;
        s.downRevisionIsTuple = v.kind == PyValue::Tuple || v.kind == PyValue::List || v.kind == PyValue::Set;
    }
    for (const int variable : {BranchLabels, DependsOn}) {
        if (!found[variable])
            continue;
        auto list = toStringList(*found[variable], variable == BranchLabels ? kBranchLabels : kDependsOn, error);
        const int line = foundLine[variable];
        if (!list)
            return failAt(path, line, variable == BranchLabels ? QStringLiteral("bad-branch-labels") : QStringLiteral("bad-depends-on"),
                          error);
        if (variable == BranchLabels) {
            s.branchLabels = *list;
            s.branchLabelsLine = line;
        } else {
            s.dependsOn = *list;
            s.dependsOnLine = line;
        }
    }
    for (const QString &d : std::as_const(s.downRevisions))
        if (d.isEmpty())
            return failAt(path, s.downRevisionLine, QStringLiteral("bad-down-revision"), tr("down_revision holds an empty revision id"));
    for (const QString &d : std::as_const(s.dependsOn))
        if (d.isEmpty())
            return failAt(path, s.dependsOnLine, QStringLiteral("bad-depends-on"), tr("depends_on holds an empty revision id"));
    for (const QString &l : std::as_const(s.branchLabels))
        if (l.isEmpty())
            return failAt(path, s.branchLabelsLine, QStringLiteral("bad-branch-labels"), tr("branch_labels holds an empty label"));
    if (s.downRevisions.contains(s.revision))
        return failAt(path, s.downRevisionLine, QStringLiteral("self-loop"),
                      tr("self-loop: revision %1 lists itself in down_revision").arg(s.revision));
    if (s.dependsOn.contains(s.revision))
        return failAt(path, s.dependsOnLine, QStringLiteral("self-loop"),
                      tr("dependency self-loop: revision %1 lists itself in depends_on").arg(s.revision));

    if (s.downRevisions.removeDuplicates() > 0)
        out.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("duplicate-parent"),
                             tr("down_revision lists the same revision twice"), path, s.downRevisionLine, {s.revision}});
    if (s.dependsOn.removeDuplicates() > 0)
        out.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("duplicate-dependency"),
                             tr("depends_on lists the same revision twice"), path, s.dependsOnLine, {s.revision}});
    s.branchLabels.removeDuplicates();

    if (!s.docRevisionId.isEmpty() && s.docRevisionId != s.revision)
        out.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("docstring-mismatch"),
                             tr("the docstring says “Revision ID: %1” but revision = '%2'").arg(s.docRevisionId, s.revision), path,
                             s.revisionLine, {s.revision}});
    return out;
}

namespace {

// The whole file in one read of the size it has (more reads only if it grows meanwhile or has no size). open(2)
// and read(2) rather than QFile: its engine, path handling and two fstat calls were a sixth of the time of
// reading a revision script, and scripts are read by the thousand.
std::optional<QByteArray> readWholeFile(const QString &path, int &error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return std::nullopt;
    }
    struct stat st;
    qsizetype size = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? qsizetype(st.st_size) : 0;
    QByteArray data(std::max<qsizetype>(size, 4096), Qt::Uninitialized);
    qsizetype done = 0;
    while (true) {
        if (done == data.size())
            data.resize(data.size() * 2);
        const ssize_t n = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = errno;
            ::close(fd);
            return std::nullopt;
        }
        done += n;
        if (n == 0 || (size > 0 && done == size)) // at the end, or all of the size fstat gave
            break;
    }
    ::close(fd);
    data.truncate(done);
    return data;
}

} // namespace

ParsedRevisionScript parseRevisionFile(const QString &path)
{
    int error = 0;
    const std::optional<QByteArray> source = readWholeFile(path, error);
    if (!source)
        return failAt(path, 0, QStringLiteral("unreadable-script"), tr("cannot read the file: %1").arg(qt_error_string(error)));
    return parseRevisionSource(*source, path);
}

namespace {

// Lists one folder's entries in the order the file system returns them (what os.listdir gives Alembic), folders
// (and links to folders) apart. readdir(3) rather than QDirIterator, which builds a QFileInfo per entry, two
// decoded paths: that was a sixth of the time of `revisions heads` on a folder of 3,000 scripts.
void listFolder(const QString &dir, QStringList &files, QStringList &dirs)
{
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return;
    while (const struct dirent *entry = ::readdir(d)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        bool isDir = entry->d_type == DT_DIR;
        if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
            struct stat st; // where the link leads, as QFileInfo::isDir() says
            isDir = ::fstatat(::dirfd(d), name, &st, 0) == 0 && S_ISDIR(st.st_mode);
        }
        (isDir ? dirs : files).append(QFile::decodeName(name));
    }
    ::closedir(d);
}

} // namespace

RevisionScan scanVersionLocations(const QStringList &locations, bool recursive, RevisionFileOrder order, JobContext *job)
{
    RevisionScan scan;
    QSet<QString> seenFolders; // real paths
    QStringList paths;
    QStringList folders;
    for (const QString &location : locations) {
        const QFileInfo fi(location);
        if (!fi.exists()) {
            scan.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("missing-version-location"),
                                     tr("the version location %1 does not exist").arg(location), location, 0, {}});
            continue;
        }
        if (!fi.isDir()) {
            scan.diagnostics.append({RevisionDiagnostic::Error, QStringLiteral("missing-version-location"),
                                     tr("the version location %1 is not a folder").arg(location), location, 0, {}});
            continue;
        }
        QStringList todo{fi.absoluteFilePath()};
        while (!todo.isEmpty()) {
            const QString dir = todo.takeFirst();
            QStringList files, dirs;
            listFolder(dir, files, dirs);
            if (order == RevisionFileOrder::Sorted) {
                // QString's operator< order (UTF-16 code units), compared inline: a library call per comparison
                // was most of the cost of sorting a large folder.
                const auto before = [](const QString &a, const QString &b) {
                    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend());
                };
                std::sort(files.begin(), files.end(), before);
                std::sort(dirs.begin(), dirs.end(), before);
            }
            // The folder is resolved once (symlinked folders, a location listed twice); resolving every file
            // costs a readlink per path component and was a tenth of the time on large trees. Two paths are the
            // same script when their real folders are the same, so a folder reached again is read no more.
            const QString realDir = QFileInfo(dir).canonicalFilePath();
            const bool folderSeen = seenFolders.contains(realDir);
            seenFolders.insert(realDir);
            const QString folder = fi.absoluteFilePath();
            for (const QString &name : std::as_const(files)) {
                if (!isRevisionScriptFileName(name))
                    continue;
                const QString path = dir + u'/' + name;
                if (folderSeen) {
                    scan.diagnostics.append({RevisionDiagnostic::Warning, QStringLiteral("loaded-twice"),
                                             tr("the file %1 is in more than one version location; it is read once")
                                                 .arg(realDir + u'/' + name),
                                             path, 0, {}});
                    continue;
                }
                paths.append(path);
                folders.append(folder);
            }
            if (recursive) {
                QStringList sub;
                for (const QString &d : std::as_const(dirs))
                    if (d != QLatin1String("__pycache__"))
                        sub.append(dir + u'/' + d);
                todo = sub + todo; // depth first, like os.walk
            }
        }
    }

    if (job) {
        job->setTotal(paths.size());
        job->setUnit(QStringLiteral("scripts"));
    }
    // Files are parsed in parallel; results keep the reading order.
    QList<ParsedRevisionScript> parsed = QtConcurrent::blockingMapped(paths, [job](const QString &path) {
        if (job && job->isCanceled())
            return ParsedRevisionScript();
        ParsedRevisionScript p = parseRevisionFile(path);
        if (job)
            job->addDone(1);
        return p;
    });
    scan.scripts.reserve(parsed.size());
    for (int i = 0; i < parsed.size(); ++i) {
        ParsedRevisionScript &p = parsed[i];
        if (!p.ok && p.diagnostics.isEmpty())
            break; // canceled
        ++scan.filesRead;
        scan.diagnostics.append(p.diagnostics);
        if (!p.ok)
            continue;
        scan.scripts.append(std::move(p.script));
        scan.scripts.last().versionLocation = folders.at(i);
    }
    if (job)
        job->setDone(paths.size());
    return scan;
}

} // namespace Godwit
