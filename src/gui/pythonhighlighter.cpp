// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonhighlighter.h"

namespace Godwit {

PythonHighlighter::PythonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QTextCharFormat keyword;
    keyword.setForeground(QColor(0x7b, 0x30, 0xa0));
    keyword.setFontWeight(QFont::Bold);
    m_rules.append({QRegularExpression(QStringLiteral(
                        "\\b(?:and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|"
                        "from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|"
                        "None|True|False)\\b")),
                    keyword});
    QTextCharFormat alembic;
    alembic.setForeground(QColor(0x00, 0x5f, 0x87));
    alembic.setFontWeight(QFont::DemiBold);
    m_rules.append({QRegularExpression(QStringLiteral("^\\s*(?:revision|down_revision|branch_labels|depends_on)\\b")), alembic});
    QTextCharFormat number;
    number.setForeground(QColor(0xa0, 0x50, 0x00));
    m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b")), number});
    QTextCharFormat decorator;
    decorator.setForeground(QColor(0x80, 0x80, 0x00));
    m_rules.append({QRegularExpression(QStringLiteral("^\\s*@[\\w.]+")), decorator});
    QTextCharFormat call;
    call.setForeground(QColor(0x1f, 0x5f, 0xbf));
    m_rules.append({QRegularExpression(QStringLiteral("\\b(?:op|sa)\\.\\w+")), call});
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
    // Strings and comments, left to right; state 1/2: inside a """ / ''' string carried from an earlier line.
    int i = 0;
    const int n = int(text.size());
    int state = previousBlockState() > 0 ? previousBlockState() : 0;
    while (i < n || state > 0) {
        if (state > 0) {
            const QString close = state == 1 ? QStringLiteral("\"\"\"") : QStringLiteral("'''");
            const int end = int(text.indexOf(close, i));
            if (end < 0) {
                setFormat(i, n - i, m_string);
                setCurrentBlockState(state);
                return;
            }
            setFormat(i, end + 3 - i, m_string);
            i = end + 3;
            state = 0;
            continue;
        }
        const QChar c = text.at(i);
        if (c == u'#') {
            setFormat(i, n - i, m_comment);
            break;
        }
        if (c == u'"' || c == u'\'') {
            const QString triple(3, c);
            if (text.mid(i, 3) == triple) {
                state = c == u'"' ? 1 : 2;
                const int start = i;
                i += 3;
                const int end = int(text.indexOf(triple, i));
                if (end < 0) {
                    setFormat(start, n - start, m_string);
                    setCurrentBlockState(state);
                    return;
                }
                setFormat(start, end + 3 - start, m_string);
                i = end + 3;
                state = 0;
                continue;
            }
            int j = i + 1;
            while (j < n && text.at(j) != c) {
                if (text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            setFormat(i, std::min(j + 1, n) - i, m_string);
            i = j + 1;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(0);
}

} // namespace Godwit
