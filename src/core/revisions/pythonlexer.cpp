// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonlexer.h"

#include <QCoreApplication>
#include <QSet>

namespace Godwit::Python {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Python", text); }

bool isIdentifierStart(QChar c) { return c == u'_' || c.isLetter() || (c.unicode() > 127 && c.category() == QChar::Number_Letter); }
bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c.category() == QChar::Mark_NonSpacing
           || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Number_DecimalDigit
           || c.category() == QChar::Punctuation_Connector;
}

bool isStringPrefix(const QString &name)
{
    if (name.size() > 2)
        return false;
    const QString p = name.toLower();
    static const QSet<QString> prefixes = {QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("b"),
                                           QStringLiteral("f"),  QStringLiteral("br"), QStringLiteral("rb"),
                                           QStringLiteral("fr"), QStringLiteral("rf")};
    return prefixes.contains(p);
}

QChar closingFor(QChar open)
{
    switch (open.unicode()) {
    case '(': return u')';
    case '[': return u']';
    default: return u'}';
    }
}

class Lexer
{
public:
    explicit Lexer(const QString &source) : m_src(source) {}

    LexResult run()
    {
        LexResult result;
        m_atLineStart = true;
        while (m_pos < m_src.size()) {
            if (m_atLineStart && m_brackets.isEmpty() && !m_continued) {
                if (!startLine())
                    continue; // blank or comment-only line consumed
            }
            m_continued = false;
            const QChar c = m_src.at(m_pos);
            if (c == u'\n' || c == u'\r') {
                consumeNewline();
                if (m_brackets.isEmpty())
                    finishLine(result);
                continue;
            }
            if (c == u' ' || c == u'\t' || c == u'\f') {
                ++m_pos;
                continue;
            }
            if (c == u'#') {
                while (m_pos < m_src.size() && m_src.at(m_pos) != u'\n' && m_src.at(m_pos) != u'\r')
                    ++m_pos;
                continue;
            }
            if (c == u'\\') {
                ++m_pos;
                if (m_pos < m_src.size() && (m_src.at(m_pos) == u'\n' || m_src.at(m_pos) == u'\r')) {
                    consumeNewline();
                    m_continued = true;
                    if (m_pos >= m_src.size())
                        return fail(result, tr("unexpected end of file after a line continuation"), m_line);
                    continue;
                }
                return fail(result, tr("unexpected character after line continuation character"), m_line);
            }
            if (c == u'"' || c == u'\'') {
                if (!lexString(QString(), result))
                    return result;
                continue;
            }
            if (isIdentifierStart(c)) {
                const int start = m_pos;
                while (m_pos < m_src.size() && isIdentifierPart(m_src.at(m_pos)))
                    ++m_pos;
                const QString name = m_src.mid(start, m_pos - start);
                if (m_pos < m_src.size() && (m_src.at(m_pos) == u'"' || m_src.at(m_pos) == u'\'') && isStringPrefix(name)) {
                    m_tokenStart = start;
                    if (!lexString(name, result))
                        return result;
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
                               && !m_src.mid(start, 2).startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
                        ++m_pos;
                    } else {
                        break;
                    }
                }
                push(Token::Number, m_src.mid(start, m_pos - start), start);
                continue;
            }
            if (!lexOperator(result))
                return result;
        }
        if (!m_brackets.isEmpty())
            return fail(result, tr("'%1' was never closed").arg(m_brackets.last().first), m_brackets.last().second);
        finishLine(result);
        return result;
    }

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
            while (p < m_src.size() && m_src.at(p) != u'\n' && m_src.at(p) != u'\r')
                ++p;
            m_pos = p;
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

    void finishLine(LexResult &result)
    {
        if (!m_current.tokens.isEmpty()) {
            m_current.indent = m_indent;
            m_current.line = m_current.tokens.first().line;
            result.lines.append(std::move(m_current));
            m_current = LogicalLine();
        }
        m_atLineStart = true;
    }

    void push(Token::Kind kind, const QString &text, int start)
    {
        Token t;
        t.kind = kind;
        t.text = text;
        t.line = m_line;
        t.column = start - m_lineStartPos;
        m_current.tokens.append(std::move(t));
    }

    LexResult &fail(LexResult &result, const QString &message, int line)
    {
        result.ok = false;
        result.error = SyntaxError{message, line};
        return result;
    }

    bool lexOperator(LexResult &result)
    {
        static const char *const three[] = {"**=", "//=", ">>=", "<<=", "..."};
        static const char *const two[] = {"**", "//", "==", "!=", "<=", ">=", "<<", ">>", "->", ":=", "+=",
                                          "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
        const int start = m_pos;
        for (const char *op : three) {
            if (QStringView(m_src).mid(m_pos, 3) == QLatin1String(op)) {
                m_pos += 3;
                push(Token::Op, QString::fromLatin1(op), start);
                return true;
            }
        }
        for (const char *op : two) {
            if (QStringView(m_src).mid(m_pos, 2) == QLatin1String(op)) {
                m_pos += 2;
                push(Token::Op, QString::fromLatin1(op), start);
                return true;
            }
        }
        const QChar c = m_src.at(m_pos);
        static const QString singles = QStringLiteral("+-*/%@&|^~<>()[]{},:.;=");
        if (!singles.contains(c)) {
            fail(result, tr("invalid character '%1' (U+%2)").arg(c, QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()),
                 m_line);
            return false;
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            m_brackets.append({c, m_line});
        } else if (c == u')' || c == u']' || c == u'}') {
            if (m_brackets.isEmpty()) {
                fail(result, tr("unmatched '%1'").arg(c), m_line);
                return false;
            }
            const auto open = m_brackets.takeLast();
            if (closingFor(open.first) != c) {
                fail(result, open.second == m_line
                                 ? tr("closing parenthesis '%1' does not match opening parenthesis '%2'").arg(c).arg(open.first)
                                 : tr("closing parenthesis '%1' does not match opening parenthesis '%2' on line %3")
                                       .arg(c).arg(open.first).arg(open.second),
                     m_line);
                return false;
            }
        }
        ++m_pos;
        push(Token::Op, QString(c), start);
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

    bool lexString(const QString &prefix, LexResult &result)
    {
        const int start = prefix.isEmpty() ? m_pos : m_tokenStart;
        const int startLine = m_line;
        const int startColumn = start - m_lineStartPos;
        const QString p = prefix.toLower();
        const bool raw = p.contains(u'r');
        const bool bytes = p.contains(u'b');
        const bool formatted = p.contains(u'f');
        const QChar q = m_src.at(m_pos);
        const bool triple = QStringView(m_src).mid(m_pos, 3) == QString(3, q);
        m_pos += triple ? 3 : 1;
        QString value;
        int braceDepth = 0;
        while (true) {
            if (m_pos >= m_src.size())
                return !fail(result, triple ? tr("unterminated triple-quoted string literal (detected at line %1)").arg(m_line)
                                            : tr("unterminated string literal (detected at line %1)").arg(m_line),
                             startLine).ok;
            const QChar c = m_src.at(m_pos);
            if (c == u'\n' || c == u'\r') {
                if (!triple)
                    return !fail(result, tr("unterminated string literal (detected at line %1)").arg(m_line), startLine).ok;
                if (c == u'\r' && m_pos + 1 < m_src.size() && m_src.at(m_pos + 1) == u'\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
                m_lineStartPos = m_pos;
                value += u'\n';
                continue;
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
                    return !fail(result, tr("unterminated string literal (detected at line %1)").arg(m_line), startLine).ok;
                value += QStringView(m_src).mid(m_pos, end + 1 - m_pos);
                m_pos = end + 1;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    ++m_pos;
                    break;
                }
                if (QStringView(m_src).mid(m_pos, 3) == QString(3, q)) {
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
                        return !fail(result, tr("truncated \\xXX escape"), m_line).ok;
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
                        return !fail(result, tr("truncated \\%1 escape").arg(n), m_line).ok;
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
            value += c;
            ++m_pos;
        }
        Token t;
        t.kind = Token::String;
        t.text = m_src.mid(start, m_pos - start);
        t.value = value;
        t.line = startLine;
        t.column = startColumn;
        t.bytes = bytes;
        t.formatted = formatted;
        m_current.tokens.append(std::move(t));
        return true;
    }

    const QString &m_src;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStartPos = 0;
    int m_indent = 0;
    int m_tokenStart = 0;
    bool m_atLineStart = true;
    bool m_continued = false;
    LogicalLine m_current;
    QList<QPair<QChar, int>> m_brackets;
};

} // namespace

LexResult tokenize(const QString &source)
{
    Lexer lexer(source);
    return lexer.run();
}

bool isKeyword(const QString &name)
{
    static const QSet<QString> keywords = {
        QStringLiteral("False"),  QStringLiteral("None"),   QStringLiteral("True"),     QStringLiteral("and"),
        QStringLiteral("as"),     QStringLiteral("assert"), QStringLiteral("async"),    QStringLiteral("await"),
        QStringLiteral("break"),  QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),   QStringLiteral("else"),     QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"),   QStringLiteral("from"),     QStringLiteral("global"),
        QStringLiteral("if"),     QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),    QStringLiteral("or"),
        QStringLiteral("pass"),   QStringLiteral("raise"),  QStringLiteral("return"),   QStringLiteral("try"),
        QStringLiteral("while"),  QStringLiteral("with"),   QStringLiteral("yield"),
        // soft keywords
        QStringLiteral("match"),  QStringLiteral("case"),   QStringLiteral("type"),
    };
    return keywords.contains(name);
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
