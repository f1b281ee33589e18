// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonlexer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace Godwit::Python {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Python", text); }

// [A-Za-z0-9_], by a table: the identifier loops run for nearly every character of a script.
constexpr auto asciiIdentifierPart = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    return table;
}();

bool isAsciiIdentifierPart(char16_t c) { return asciiIdentifierPart[c]; } // c < 128

bool isIdentifierStart(QChar c)
{
    if (c.unicode() < 128)
        return isAsciiIdentifierPart(c.unicode()) && !(c >= u'0' && c <= u'9');
    return c.isLetter() || c.category() == QChar::Number_Letter;
}

bool isIdentifierPart(QChar c)
{
    // ASCII first: the Unicode categories below are table lookups, and nearly every character is ASCII.
    if (c.unicode() < 128)
        return isAsciiIdentifierPart(c.unicode());
    return isIdentifierStart(c) || c.isDigit() || c.category() == QChar::Mark_NonSpacing
           || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Number_DecimalDigit
           || c.category() == QChar::Punctuation_Connector;
}

bool isStringPrefix(QStringView name)
{
    if (name.size() > 2)
        return false;
    const QString p = name.toString().toLower();
    static const QSet<QString> prefixes = {QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("b"),
                                           QStringLiteral("f"),  QStringLiteral("br"), QStringLiteral("rb"),
                                           QStringLiteral("fr"), QStringLiteral("rf")};
    return prefixes.contains(p);
}

// The length of the operator of two or three characters that s starts with, 0 when there is none: **= //= >>= <<=
// and ..., then ** // << >> -> and the ones ending in = (== != <= >= := += -= *= /= %= &= |= ^= @=). Compared
// character by character: this runs for every operator token.
int longOperatorLength(QStringView s)
{
    const char16_t a = s.size() > 0 ? s[0].unicode() : 0;
    const char16_t b = s.size() > 1 ? s[1].unicode() : 0;
    const char16_t c = s.size() > 2 ? s[2].unicode() : 0;
    const bool doubled = a == b && (a == u'*' || a == u'/' || a == u'<' || a == u'>');
    if ((doubled && c == u'=') || (a == u'.' && b == u'.' && c == u'.'))
        return 3;
    if (doubled || (a == u'-' && b == u'>'))
        return 2;
    if (b == u'=') {
        switch (a) {
        case u'=': case u'!': case u'<': case u'>': case u':': case u'+': case u'-': case u'*': case u'/': case u'%':
        case u'&': case u'|': case u'^': case u'@':
            return 2;
        }
    }
    return 0;
}

// Whether a character inside a string literal is taken as it is, with nothing else to do.
bool isPlainStringCharacter(QChar c, QChar quote, bool triple, bool formatted)
{
    if (c == quote || c == u'\\' || c == u'\r' || (c == u'\n' && !triple))
        return false;
    return !formatted || (c != u'{' && c != u'}' && c != u'"' && c != u'\'');
}

QChar closingFor(QChar open)
{
    switch (open.unicode()) {
    case '(': return u')';
    case '[': return u']';
    default: return u'}';
    }
}

} // namespace

class Lexer
{
public:
    explicit Lexer(const QString &source)
        : m_src(source), m_data(reinterpret_cast<const char16_t *>(source.constData())), m_size(int(source.size()))
    {
    }

    // Reads up to the end of the next logical line, its tokens into line; false at the end or at an error.
    bool next(LogicalLine &line)
    {
        line.tokens.clear(); // keeps the capacity: one token list serves the whole source
        line.indent = 0;
        line.line = 0;
        if (m_failed || m_done)
            return false;
        m_out = &line;
        while (m_pos < m_src.size()) {
            if (m_atLineStart && m_brackets.isEmpty() && !m_continued) {
                if (!startLine())
                    continue; // blank or comment-only line consumed
            }
            m_continued = false;
            const QChar c = m_src.at(m_pos);
            if (c == u'\n' || c == u'\r') {
                consumeNewline();
                if (m_brackets.isEmpty() && finishLine())
                    return true;
                continue;
            }
            if (c == u' ' || c == u'\t' || c == u'\f') {
                ++m_pos;
                continue;
            }
            if (c == u'#') {
                m_pos = endOfLine(m_pos);
                continue;
            }
            if (c == u'\\') {
                ++m_pos;
                if (m_pos < m_src.size() && (m_src.at(m_pos) == u'\n' || m_src.at(m_pos) == u'\r')) {
                    consumeNewline();
                    m_continued = true;
                    if (m_pos >= m_src.size())
                        return fail(tr("unexpected end of file after a line continuation"), m_line);
                    continue;
                }
                return fail(tr("unexpected character after line continuation character"), m_line);
            }
            if (c == u'"' || c == u'\'') {
                if (!lexString(QStringView()))
                    return false;
                continue;
            }
            if (isIdentifierStart(c)) {
                const int start = m_pos;
                m_pos = identifierEnd(m_pos + 1);
                const QStringView name = QStringView(m_src).sliced(start, m_pos - start);
                if (m_pos < m_src.size() && (m_src.at(m_pos) == u'"' || m_src.at(m_pos) == u'\'') && isStringPrefix(name)) {
                    m_tokenStart = start;
                    if (!lexString(name))
                        return false;
                    continue;
                }
                push(Token::Name, name, start);
                continue;
            }
            if (c.isDigit() || (c == u'.' && m_pos + 1 < m_src.size() && m_src.at(m_pos + 1).isDigit())) {
                const int start = m_pos;
                while (m_pos < m_src.size()) {
                    const QChar d = m_src.at(m_pos);
                    if (d.isLetterOrNumber() || d == u'_' || d == u'.') {
                        ++m_pos;
                    } else if ((d == u'+' || d == u'-') && m_pos > start
                               && (m_src.at(m_pos - 1) == u'e' || m_src.at(m_pos - 1) == u'E')
                               && !QStringView(m_src).mid(start, 2).startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
                        ++m_pos;
                    } else {
                        break;
                    }
                }
                push(Token::Number, QStringView(m_src).sliced(start, m_pos - start), start);
                continue;
            }
            if (!lexOperator())
                return false;
        }
        m_done = true;
        if (!m_brackets.isEmpty())
            return fail(tr("'%1' was never closed").arg(m_brackets.last().first), m_brackets.last().second);
        return finishLine();
    }

    bool failed() const { return m_failed; }
    const SyntaxError &error() const { return m_error; }

private:
    // Measures the indentation of a new physical line; false when the line is blank or only a comment.
    bool startLine()
    {
        int col = 0;
        int p = m_pos;
        while (p < m_src.size()) {
            const QChar c = m_src.at(p);
            if (c == u' ')
                ++col;
            else if (c == u'\t')
                col = (col / 8 + 1) * 8;
            else if (c == u'\f')
                col = 0;
            else
                break;
            ++p;
        }
        if (p >= m_src.size()) {
            m_pos = p;
            return false;
        }
        const QChar c = m_src.at(p);
        if (c == u'#' || c == u'\n' || c == u'\r') {
            m_pos = endOfLine(p);
            if (m_pos < m_src.size())
                consumeNewline();
            return false;
        }
        m_pos = p;
        m_indent = col;
        m_atLineStart = false;
        return true;
    }

    void consumeNewline()
    {
        if (m_src.at(m_pos) == u'\r' && m_pos + 1 < m_src.size() && m_src.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStartPos = m_pos;
    }

    // The end of the identifier characters from from on.
    int identifierEnd(int from) const
    {
        const char16_t *const d = m_data;
        int p = from;
        for (; p < m_size; ++p) {
            const char16_t c = d[p];
            if (c < 128 ? !asciiIdentifierPart[c] : !isIdentifierPart(QChar(c)))
                break;
        }
        return p;
    }

    // Where the physical line that from is on ends: at the next \n or \r.
    int endOfLine(int from) const
    {
        int p = from;
        while (p < m_size && m_data[p] != u'\n' && m_data[p] != u'\r')
            ++p;
        return p;
    }

    // The end of the plain characters from from on, inside a string literal that is no f-string: the next quote
    // character, backslash or \r (or \n in a one-line string); the lines it crosses are counted. On the raw
    // UTF-16 data: this loop covers most of the characters of a script (docstrings).
    int plainRunEnd(int from, QChar quote, bool triple)
    {
        const char16_t *const d = m_data;
        const char16_t q = quote.unicode();
        int p = from;
        for (; p < m_size; ++p) {
            const char16_t c = d[p];
            if (c > u'\'' && c != u'\\') // the usual case: none of the characters below (quotes, \n, \r are lower)
                continue;
            if (c == u'\n') {
                if (!triple)
                    break;
                ++m_line;
                m_lineStartPos = p + 1;
            } else if (c == q || c == u'\\' || c == u'\r') {
                break;
            }
        }
        return p;
    }

    // Ends a physical line at bracket depth 0; true when it completes a logical line with tokens.
    bool finishLine()
    {
        m_atLineStart = true;
        if (m_out->tokens.isEmpty())
            return false;
        m_out->indent = m_indent;
        m_out->line = m_out->tokens.first().line;
        return true;
    }

    void push(Token::Kind kind, QStringView text, int start)
    {
        Token &t = m_out->tokens.emplace_back();
        t.kind = kind;
        t.text = text;
        t.line = m_line;
        t.column = start - m_lineStartPos;
    }

    bool fail(const QString &message, int line)
    {
        m_failed = true;
        m_error = SyntaxError{message, line};
        return false;
    }

    bool lexOperator()
    {
        const int start = m_pos;
        const QStringView src(m_src);
        if (const int length = longOperatorLength(src.sliced(m_pos))) {
            m_pos += length;
            push(Token::Op, src.sliced(start, length), start);
            return true;
        }
        const QChar c = m_src.at(m_pos);
        static constexpr QStringView singles = u"+-*/%@&|^~<>()[]{},:.;=";
        if (!std::any_of(singles.begin(), singles.end(), [c](QChar s) { return s == c; }))
            return fail(tr("invalid character '%1' (U+%2)").arg(c, QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()),
                        m_line);
        if (c == u'(' || c == u'[' || c == u'{') {
            m_brackets.append({c, m_line});
        } else if (c == u')' || c == u']' || c == u'}') {
            if (m_brackets.isEmpty())
                return fail(tr("unmatched '%1'").arg(c), m_line);
            const auto open = m_brackets.takeLast();
            if (closingFor(open.first) != c)
                return fail(open.second == m_line
                                ? tr("closing parenthesis '%1' does not match opening parenthesis '%2'").arg(c).arg(open.first)
                                : tr("closing parenthesis '%1' does not match opening parenthesis '%2' on line %3")
                                      .arg(c).arg(open.first).arg(open.second),
                            m_line);
        }
        ++m_pos;
        push(Token::Op, src.sliced(start, 1), start);
        return true;
    }

    static int hexValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - '0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - 'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - 'A' + 10;
        return -1;
    }

    bool tripleAt(int pos, QChar q) const
    {
        return pos + 2 < m_src.size() && m_src.at(pos) == q && m_src.at(pos + 1) == q && m_src.at(pos + 2) == q;
    }

    bool lexString(QStringView prefix)
    {
        const int start = prefix.isEmpty() ? m_pos : m_tokenStart;
        const int startLine = m_line;
        const int startColumn = start - m_lineStartPos;
        const QString p = prefix.toString().toLower();
        const bool raw = p.contains(u'r');
        const bool bytes = p.contains(u'b');
        const bool formatted = p.contains(u'f');
        const QChar q = m_src.at(m_pos);
        const bool triple = tripleAt(m_pos, q);
        m_pos += triple ? 3 : 1;
        QString value;
        int braceDepth = 0;
        while (true) {
            if (m_pos >= m_src.size())
                return fail(triple ? tr("unterminated triple-quoted string literal (detected at line %1)").arg(m_line)
                                   : tr("unterminated string literal (detected at line %1)").arg(m_line),
                            startLine);
            const QChar c = m_src.at(m_pos);
            if (c == u'\n' || c == u'\r') {
                if (!triple)
                    return fail(tr("unterminated string literal (detected at line %1)").arg(m_line), startLine);
                if (c == u'\r') {
                    if (m_pos + 1 < m_src.size() && m_src.at(m_pos + 1) == u'\n')
                        ++m_pos;
                    ++m_pos;
                    ++m_line;
                    m_lineStartPos = m_pos;
                    value += u'\n';
                    continue;
                }
                // A \n stays as it is: part of the run of plain characters below.
            }
            if (formatted && !raw && c == u'{') {
                braceDepth += (m_pos + 1 < m_src.size() && m_src.at(m_pos + 1) == u'{' && braceDepth == 0) ? 0 : 1;
            } else if (formatted && c == u'}' && braceDepth > 0) {
                --braceDepth;
            }
            if (formatted && braceDepth > 0 && (c == u'"' || c == u'\'') && c != q) {
                // A nested string inside an f-string replacement field.
                const int end = m_src.indexOf(c, m_pos + 1);
                if (end < 0)
                    return fail(tr("unterminated string literal (detected at line %1)").arg(m_line), startLine);
                value += QStringView(m_src).mid(m_pos, end + 1 - m_pos);
                m_pos = end + 1;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    ++m_pos;
                    break;
                }
                if (tripleAt(m_pos, q)) {
                    m_pos += 3;
                    break;
                }
                value += c;
                ++m_pos;
                continue;
            }
            if (c == u'\\') {
                if (m_pos + 1 >= m_src.size()) {
                    ++m_pos;
                    continue;
                }
                const QChar n = m_src.at(m_pos + 1);
                if (n == u'\n' || n == u'\r') {
                    // Backslash-newline: a continuation inside the literal (kept verbatim in raw strings).
                    if (raw)
                        value += c;
                    m_pos += (n == u'\r' && m_pos + 2 < m_src.size() && m_src.at(m_pos + 2) == u'\n') ? 3 : 2;
                    ++m_line;
                    m_lineStartPos = m_pos;
                    if (raw)
                        value += u'\n';
                    continue;
                }
                if (raw) {
                    value += c;
                    value += n;
                    m_pos += 2;
                    continue;
                }
                m_pos += 2;
                switch (n.unicode()) {
                case '\\': value += u'\\'; break;
                case '\'': value += u'\''; break;
                case '"': value += u'"'; break;
                case 'a': value += QChar(7); break;
                case 'b': value += QChar(8); break;
                case 'f': value += QChar(12); break;
                case 'n': value += u'\n'; break;
                case 'r': value += u'\r'; break;
                case 't': value += u'\t'; break;
                case 'v': value += QChar(11); break;
                case 'x': {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && m_pos < m_src.size() && hexValue(m_src.at(m_pos)) >= 0) {
                        v = v * 16 + hexValue(m_src.at(m_pos++));
                        ++digits;
                    }
                    if (digits != 2)
                        return fail(tr("truncated \\xXX escape"), m_line);
                    value += QChar(v);
                    break;
                }
                case 'u':
                case 'U': {
                    if (bytes) {
                        value += u'\\';
                        value += n;
                        break;
                    }
                    const int want = n == u'u' ? 4 : 8;
                    uint v = 0;
                    int digits = 0;
                    while (digits < want && m_pos < m_src.size() && hexValue(m_src.at(m_pos)) >= 0) {
                        v = v * 16 + uint(hexValue(m_src.at(m_pos++)));
                        ++digits;
                    }
                    if (digits != want)
                        return fail(tr("truncated \\%1 escape").arg(n), m_line);
                    const char32_t cp = char32_t(v);
                    value += QString::fromUcs4(&cp, 1);
                    break;
                }
                case 'N': {
                    // \N{NAME}: kept as written (names are not known here).
                    const int end = m_src.indexOf(u'}', m_pos);
                    const int stop = end < 0 ? m_pos : end + 1;
                    value += u'\\';
                    value += n;
                    value += QStringView(m_src).mid(m_pos, stop - m_pos);
                    m_pos = stop;
                    break;
                }
                default:
                    if (n >= u'0' && n <= u'7') {
                        int v = n.unicode() - '0';
                        int digits = 1;
                        while (digits < 3 && m_pos < m_src.size() && m_src.at(m_pos) >= u'0' && m_src.at(m_pos) <= u'7') {
                            v = v * 8 + (m_src.at(m_pos++).unicode() - '0');
                            ++digits;
                        }
                        value += QChar(v);
                    } else {
                        value += u'\\';
                        value += n;
                    }
                }
                continue;
            }
            // c as it is, and the characters after it up to the next that needs a look, appended as one run rather
            // than a character at a time: a docstring is usually a single run, its newlines included.
            const int run = m_pos;
            if (formatted) { // c may be a brace or a quote here
                do
                    ++m_pos;
                while (m_pos < m_size && isPlainStringCharacter(QChar(m_data[m_pos]), q, triple, formatted));
                for (int i = run; i < m_pos; ++i) {
                    if (m_data[i] == u'\n') {
                        ++m_line;
                        m_lineStartPos = i + 1;
                    }
                }
            } else {
                m_pos = plainRunEnd(m_pos, q, triple); // c is plain: the run is never empty
            }
            value += QStringView(m_src).sliced(run, m_pos - run);
        }
        Token &t = m_out->tokens.emplace_back();
        t.kind = Token::String;
        t.text = QStringView(m_src).sliced(start, m_pos - start);
        t.value = std::move(value);
        t.line = startLine;
        t.column = startColumn;
        t.bytes = bytes;
        t.formatted = formatted;
        return true;
    }

    const QString &m_src;
    const char16_t *const m_data; // m_src's characters, for the loops that cover most of them
    const int m_size;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStartPos = 0;
    int m_indent = 0;
    int m_tokenStart = 0;
    bool m_atLineStart = true;
    bool m_continued = false;
    bool m_done = false;
    bool m_failed = false;
    SyntaxError m_error;
    LogicalLine *m_out = nullptr; // the line being read, the caller's
    QList<QPair<QChar, int>> m_brackets;
};

Tokenizer::Tokenizer(const QString &source) : m_lexer(std::make_unique<Lexer>(source)) {}
Tokenizer::~Tokenizer() = default;

bool Tokenizer::next(LogicalLine &line) { return m_lexer->next(line); }
bool Tokenizer::ok() const { return !m_lexer->failed(); }
SyntaxError Tokenizer::error() const { return m_lexer->error(); }

LexResult tokenize(const QString &source)
{
    LexResult result;
    Tokenizer tokenizer(source);
    LogicalLine line;
    while (tokenizer.next(line))
        result.lines.append(std::move(line));
    result.ok = tokenizer.ok();
    if (!result.ok)
        result.error = tokenizer.error();
    return result;
}

bool isKeyword(QStringView name)
{
    // By length, so that a name is compared with a handful of words at most (this runs for most names of a
    // script). match, case and type are soft keywords.
    static const QList<QLatin1String> byLength[] = {
        {},
        {},
        {QLatin1String("as"), QLatin1String("if"), QLatin1String("in"), QLatin1String("is"), QLatin1String("or")},
        {QLatin1String("and"), QLatin1String("def"), QLatin1String("del"), QLatin1String("for"), QLatin1String("not"),
         QLatin1String("try")},
        {QLatin1String("None"), QLatin1String("True"), QLatin1String("elif"), QLatin1String("else"), QLatin1String("from"),
         QLatin1String("pass"), QLatin1String("with"), QLatin1String("case"), QLatin1String("type")},
        {QLatin1String("False"), QLatin1String("async"), QLatin1String("await"), QLatin1String("break"),
         QLatin1String("class"), QLatin1String("raise"), QLatin1String("while"), QLatin1String("yield"),
         QLatin1String("match")},
        {QLatin1String("assert"), QLatin1String("except"), QLatin1String("global"), QLatin1String("import"),
         QLatin1String("lambda"), QLatin1String("return")},
        {QLatin1String("finally")},
        {QLatin1String("continue"), QLatin1String("nonlocal")},
    };
    if (name.size() >= qsizetype(std::size(byLength)))
        return false;
    const QList<QLatin1String> &words = byLength[name.size()];
    return std::any_of(words.begin(), words.end(), [name](QLatin1String word) { return sameText(name, word); });
}

QString reprString(const QString &text)
{
    const bool hasSingle = text.contains(u'\'');
    const bool hasDouble = text.contains(u'"');
    const QChar quote = (hasSingle && !hasDouble) ? u'"' : u'\'';
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == quote || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else if (c.isHighSurrogate() && i + 1 < text.size()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isPrint() && c.unicode() >= 0x80) {
            if (c.unicode() <= 0xff)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

} // namespace Godwit::Python
