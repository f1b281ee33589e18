// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Godwit {

// A Python value as a Mako template sees it (what Alembic hands to script.py.mako).
class TemplateValue
{
public:
    enum Kind { Undefined, None, Bool, Int, Str, Tuple, List, Function, Object };
    using Callable = std::function<Result<TemplateValue>(const QList<TemplateValue> &args)>;

    TemplateValue() = default;
    static TemplateValue none();
    static TemplateValue boolean(bool value);
    static TemplateValue integer(qint64 value);
    static TemplateValue string(const QString &value);
    static TemplateValue tuple(const QList<TemplateValue> &items);
    static TemplateValue list(const QList<TemplateValue> &items);
    static TemplateValue strings(const QStringList &items, Kind kind = Tuple);
    static TemplateValue function(const Callable &fn);
    static TemplateValue object(const QHash<QString, TemplateValue> &attributes);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Undefined; }
    bool truthy() const;
    QString str() const;  // Python's str()
    QString repr() const; // Python's repr()
    const QString &text() const { return m_text; }
    qint64 number() const { return m_int; }
    const QList<TemplateValue> &items() const { return m_items; }
    Result<TemplateValue> call(const QList<TemplateValue> &args) const;
    TemplateValue attribute(const QString &name) const;
    bool operator==(const TemplateValue &other) const;

private:
    Kind m_kind = Undefined;
    qint64 m_int = 0;
    QString m_text;
    QList<TemplateValue> m_items;
    std::shared_ptr<Callable> m_fn;
    std::shared_ptr<QHash<QString, TemplateValue>> m_attributes;
};

using TemplateContext = QHash<QString, TemplateValue>;

// The part of Mako that Alembic's script.py.mako templates use: ${expression | filters} with Python
// expressions (names, strings, calls, attributes, "a if b else c", not/and/or, ==, %-formatting), the n, str,
// h, trim filters and filter functions from the context, "% for / % if / % elif / % else / % endfor / % endif"
// lines, "## comments", <%text>, <%doc>, <% name = value %> blocks, <%! import ... %>, backslash line joins.
// Anything else is an error naming the construct (never a silent difference).
class MakoTemplate
{
public:
    static Result<QString> render(const QString &source, const TemplateContext &context, const QString &name = {});
};

} // namespace Godwit
