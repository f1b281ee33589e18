// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small Python tokenizer: enough to read the module-level constants of Alembic revision scripts and the
// expressions of script.py.mako templates, and to notice the syntax errors a tokenizer can see (unterminated
// strings, unbalanced brackets, stray characters, bad indentation). It never evaluates anything.
//
// Tokens point into the source text (QStringView) instead of copying it: a revision script is read in full,
// every token of it, and two allocations per token were most of the time on large trees. The source given to
// tokenize() or a Tokenizer must outlive the tokens.

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>

namespace Godwit::Python {

// text == latin, inline: QStringView == QLatin1String is a call into QtCore even when the sizes differ, and the
// parsers compare every token with a few words and operators.
inline bool sameText(QStringView text, QLatin1String latin)
{
    if (text.size() != latin.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].unicode() != uchar(latin.data()[i]))
            return false;
    return true;
}

struct Token
{
    enum Kind { Name, Number, String, Op };
    Kind kind = Op;
    QStringView text; // source text, a view into the tokenized source (for strings: the decoded value is in value)
    QString value;    // decoded string value (strings only)
    int line = 0;     // 1-based
    int column = 0;   // 0-based
    bool bytes = false;
    bool formatted = false; // f-string: its value cannot be known without running it

    bool isOp(QLatin1String op) const { return kind == Op && sameText(text, op); }
    bool isOp(char16_t op) const { return kind == Op && text.size() == 1 && text.front() == op; }
    bool isName(QLatin1String name) const { return kind == Name && sameText(text, name); }
};

// One logical line: the tokens of a statement, joined across brackets and backslash continuations.
struct LogicalLine
{
    QVarLengthArray<Token, 32> tokens; // room for most statements without an allocation
    int indent = 0; // column of the first token, tabs expanded to multiples of 8
    int line = 0;
};

struct SyntaxError
{
    QString message;
    int line = 0;
};

struct LexResult
{
    QList<LogicalLine> lines;
    bool ok = true;
    SyntaxError error;
};

LexResult tokenize(const QString &source);
LexResult tokenize(QString &&source) = delete; // the tokens would point into a temporary

class Lexer;

// The same tokens one logical line at a time, into a LogicalLine the caller reuses: a revision script is read to
// its end (Alembic imports it, so a syntax error anywhere counts), and keeping all of its lines at once cost an
// allocation or two per line on top of the tokens.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &source);
    explicit Tokenizer(QString &&source) = delete;
    ~Tokenizer();

    // The next logical line into line (its previous tokens are dropped); false at the end or at a syntax error.
    bool next(LogicalLine &line);
    bool ok() const; // false once a syntax error was found; error() says which
    SyntaxError error() const;

private:
    std::unique_ptr<Lexer> m_lexer;
};

// Python's keywords (and the soft keywords that start statements), for the "two names in a row" check.
bool isKeyword(QStringView name);

// repr() of a str, as CPython writes it: single quotes unless the text has ' and no ".
QString reprString(const QString &text);

} // namespace Godwit::Python
