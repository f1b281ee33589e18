// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small Python tokenizer: enough to read the module-level constants of Alembic revision scripts and the
// expressions of script.py.mako templates, and to notice the syntax errors a tokenizer can see (unterminated
// strings, unbalanced brackets, stray characters, bad indentation). It never evaluates anything.

#include <QList>
#include <QString>

namespace Godwit::Python {

struct Token
{
    enum Kind { Name, Number, String, Op };
    Kind kind = Op;
    QString text;   // source text (for strings: the decoded value is in value)
    QString value;  // decoded string value
    int line = 0;   // 1-based
    int column = 0; // 0-based
    bool bytes = false;
    bool formatted = false; // f-string: its value cannot be known without running it

    bool isOp(QLatin1String op) const { return kind == Op && text == op; }
    bool isName(QLatin1String name) const { return kind == Name && text == name; }
};

// One logical line: the tokens of a statement, joined across brackets and backslash continuations.
struct LogicalLine
{
    QList<Token> tokens;
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

// Python's keywords (and the soft keywords that start statements), for the "two names in a row" check.
bool isKeyword(const QString &name);

// repr() of a str, as CPython writes it: single quotes unless the text has ' and no ".
QString reprString(const QString &text);

} // namespace Godwit::Python
