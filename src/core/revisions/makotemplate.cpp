// SPDX-License-Identifier: GPL-3.0-or-later
#include "makotemplate.h"
#include "pythonlexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Godwit {

using Python::Token;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::MakoTemplate", text); }

Error templateError(const QString &name, int line, const QString &message)
{
    const QString where = name.isEmpty() ? QStringLiteral("template") : name;
    return Error::make(ErrorKind::InvalidInput, QStringLiteral("%1:%2: %3").arg(where).arg(line).arg(message));
}

} // namespace

// ---- values ---------------------------------------------------------------------------------------------------

TemplateValue TemplateValue::none()
{
    TemplateValue v;
    v.m_kind = None;
    return v;
}

TemplateValue TemplateValue::boolean(bool value)
{
    TemplateValue v;
    v.m_kind = Bool;
    v.m_int = value ? 1 : 0;
    return v;
}

TemplateValue TemplateValue::integer(qint64 value)
{
    TemplateValue v;
    v.m_kind = Int;
    v.m_int = value;
    return v;
}

TemplateValue TemplateValue::string(const QString &value)
{
    TemplateValue v;
    v.m_kind = Str;
    v.m_text = value;
    return v;
}

TemplateValue TemplateValue::tuple(const QList<TemplateValue> &items)
{
    TemplateValue v;
    v.m_kind = Tuple;
    v.m_items = items;
    return v;
}

TemplateValue TemplateValue::list(const QList<TemplateValue> &items)
{
    TemplateValue v = tuple(items);
    v.m_kind = List;
    return v;
}

TemplateValue TemplateValue::strings(const QStringList &items, Kind kind)
{
    QList<TemplateValue> values;
    for (const QString &s : items)
        values.append(string(s));
    return kind == List ? list(values) : tuple(values);
}

TemplateValue TemplateValue::function(const Callable &fn)
{
    TemplateValue v;
    v.m_kind = Function;
    v.m_fn = std::make_shared<Callable>(fn);
    return v;
}

TemplateValue TemplateValue::object(const QHash<QString, TemplateValue> &attributes)
{
    TemplateValue v;
    v.m_kind = Object;
    v.m_attributes = std::make_shared<QHash<QString, TemplateValue>>(attributes);
    return v;
}

bool TemplateValue::truthy() const
{
    switch (m_kind) {
    case Undefined:
    case None: return false;
    case Bool:
    case Int: return m_int != 0;
    case Str: return !m_text.isEmpty();
    case Tuple:
    case List: return !m_items.isEmpty();
    case Function:
    case Object: return true;
    }
    return false;
}

QString TemplateValue::str() const
{
    switch (m_kind) {
    case Str: return m_text;
    case Undefined: return QStringLiteral("UNDEFINED");
    default: return repr();
    }
}

QString TemplateValue::repr() const
{
    switch (m_kind) {
    case Undefined: return QStringLiteral("UNDEFINED");
    case None: return QStringLiteral("None");
    case Bool: return m_int ? QStringLiteral("True") : QStringLiteral("False");
    case Int: return QString::number(m_int);
    case Str: return Python::reprString(m_text);
    case Tuple:
    case List: {
        QStringList parts;
        for (const TemplateValue &item : m_items)
            parts.append(item.repr());
        if (m_kind == List)
            return u'[' + parts.join(QStringLiteral(", ")) + u']';
        if (parts.size() == 1)
            return u'(' + parts.first() + QStringLiteral(",)");
        return u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    case Function: return QStringLiteral("<function>");
    case Object: return QStringLiteral("<object>");
    }
    return {};
}

Result<TemplateValue> TemplateValue::call(const QList<TemplateValue> &args) const
{
    if (m_kind != Function || !m_fn)
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not callable").arg(repr()));
    return (*m_fn)(args);
}

TemplateValue TemplateValue::attribute(const QString &name) const
{
    if (m_kind == Object && m_attributes)
        return m_attributes->value(name);
    return {};
}

bool TemplateValue::operator==(const TemplateValue &other) const
{
    if (m_kind != other.m_kind) {
        const bool numeric = (m_kind == Int || m_kind == Bool) && (other.m_kind == Int || other.m_kind == Bool);
        return numeric && m_int == other.m_int;
    }
    switch (m_kind) {
    case Undefined:
    case None: return true;
    case Bool:
    case Int: return m_int == other.m_int;
    case Str: return m_text == other.m_text;
    case Tuple:
    case List: return m_items == other.m_items;
    default: return false;
    }
}

// ---- expressions ----------------------------------------------------------------------------------------------

namespace {

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

struct Expr
{
    enum Op { Const, Name, Attr, Call, Index, Not, And, Or, IfElse, Eq, Ne, In, NotIn, Mod, Add, TupleLit, ListLit };
    Op op = Const;
    TemplateValue value;
    QString name;
    QList<ExprPtr> args;
};

ExprPtr make(Expr::Op op, QList<ExprPtr> args = {}, const QString &name = {})
{
    auto e = std::make_shared<Expr>();
    e->op = op;
    e->args = std::move(args);
    e->name = name;
    return e;
}

class ExprParser
{
public:
    explicit ExprParser(const QList<Token> &tokens) : m_t(tokens) {}

    Result<ExprPtr> parseAll()
    {
        auto e = parseTupleOrExpr();
        if (!e)
            return e;
        if (m_pos < m_t.size())
            return fail(tr("unexpected “%1”").arg(m_t.at(m_pos).text));
        return e;
    }

private:
    Error fail(const QString &message) const { return Error::make(ErrorKind::InvalidInput, message); }
    bool atOp(const char *op) const { return m_pos < m_t.size() && m_t.at(m_pos).isOp(QLatin1String(op)); }
    bool atName(const char *name) const { return m_pos < m_t.size() && m_t.at(m_pos).isName(QLatin1String(name)); }

    Result<ExprPtr> parseTupleOrExpr()
    {
        auto first = parseTernary();
        if (!first || !atOp(","))
            return first;
        QList<ExprPtr> items{first.value()};
        while (atOp(",")) {
            ++m_pos;
            if (m_pos >= m_t.size() || atOp(")"))
                break;
            auto next = parseTernary();
            if (!next)
                return next;
            items.append(next.value());
        }
        return make(Expr::TupleLit, items);
    }

    Result<ExprPtr> parseTernary()
    {
        auto value = parseOr();
        if (!value || !atName("if"))
            return value;
        ++m_pos;
        auto cond = parseOr();
        if (!cond)
            return cond;
        if (!atName("else"))
            return fail(tr("“if” without “else”"));
        ++m_pos;
        auto other = parseTernary();
        if (!other)
            return other;
        return make(Expr::IfElse, {cond.value(), value.value(), other.value()});
    }

    Result<ExprPtr> parseOr()
    {
        auto left = parseAnd();
        while (left && atName("or")) {
            ++m_pos;
            auto right = parseAnd();
            if (!right)
                return right;
            left = make(Expr::Or, {left.value(), right.value()});
        }
        return left;
    }

    Result<ExprPtr> parseAnd()
    {
        auto left = parseNot();
        while (left && atName("and")) {
            ++m_pos;
            auto right = parseNot();
            if (!right)
                return right;
            left = make(Expr::And, {left.value(), right.value()});
        }
        return left;
    }

    Result<ExprPtr> parseNot()
    {
        if (atName("not")) {
            ++m_pos;
            auto inner = parseNot();
            if (!inner)
                return inner;
            return make(Expr::Not, {inner.value()});
        }
        return parseComparison();
    }

    Result<ExprPtr> parseComparison()
    {
        auto left = parseArith();
        if (!left)
            return left;
        Expr::Op op;
        if (atOp("==")) {
            op = Expr::Eq;
        } else if (atOp("!=")) {
            op = Expr::Ne;
        } else if (atName("in")) {
            op = Expr::In;
        } else if (atName("not") && m_pos + 1 < m_t.size() && m_t.at(m_pos + 1).isName(QLatin1String("in"))) {
            op = Expr::NotIn;
            ++m_pos;
        } else if (atName("is")) {
            op = Expr::Eq;
            if (m_pos + 1 < m_t.size() && m_t.at(m_pos + 1).isName(QLatin1String("not"))) {
                op = Expr::Ne;
                ++m_pos;
            }
        } else {
            return left;
        }
        ++m_pos;
        auto right = parseArith();
        if (!right)
            return right;
        return make(op, {left.value(), right.value()});
    }

    Result<ExprPtr> parseArith()
    {
        auto left = parsePostfix();
        while (left && (atOp("%") || atOp("+"))) {
            const Expr::Op op = atOp("%") ? Expr::Mod : Expr::Add;
            ++m_pos;
            auto right = parsePostfix();
            if (!right)
                return right;
            left = make(op, {left.value(), right.value()});
        }
        return left;
    }

    Result<ExprPtr> parsePostfix()
    {
        auto e = parsePrimary();
        while (e) {
            if (atOp(".")) {
                ++m_pos;
                if (m_pos >= m_t.size() || m_t.at(m_pos).kind != Token::Name)
                    return fail(tr("a name must follow “.”"));
                e = make(Expr::Attr, {e.value()}, m_t.at(m_pos++).text.toString());
            } else if (atOp("(")) {
                ++m_pos;
                QList<ExprPtr> args{e.value()};
                while (!atOp(")")) {
                    if (m_pos >= m_t.size())
                        return fail(tr("“(” is never closed"));
                    if (m_pos + 1 < m_t.size() && m_t.at(m_pos).kind == Token::Name && m_t.at(m_pos + 1).isOp(QLatin1String("=")))
                        return fail(tr("keyword arguments are not supported"));
                    auto arg = parseTernary();
                    if (!arg)
                        return arg;
                    args.append(arg.value());
                    if (atOp(","))
                        ++m_pos;
                    else if (!atOp(")"))
                        return fail(tr("expected “,” or “)”"));
                }
                ++m_pos;
                e = make(Expr::Call, args);
            } else if (atOp("[")) {
                ++m_pos;
                auto index = parseTernary();
                if (!index)
                    return index;
                if (!atOp("]"))
                    return fail(tr("expected “]” (slices are not supported)"));
                ++m_pos;
                e = make(Expr::Index, {e.value(), index.value()});
            } else {
                break;
            }
        }
        return e;
    }

    Result<ExprPtr> parsePrimary()
    {
        if (m_pos >= m_t.size())
            return fail(tr("an expression is missing"));
        const Token &t = m_t.at(m_pos);
        if (t.kind == Token::String) {
            QString text;
            while (m_pos < m_t.size() && m_t.at(m_pos).kind == Token::String) {
                if (m_t.at(m_pos).formatted)
                    return fail(tr("f-strings are not supported"));
                text += m_t.at(m_pos++).value;
            }
            auto e = make(Expr::Const);
            e->value = TemplateValue::string(text);
            return e;
        }
        if (t.isOp(QLatin1String("-")) && m_pos + 1 < m_t.size() && m_t.at(m_pos + 1).kind == Token::Number) {
            ++m_pos;
            auto e = parsePrimary();
            if (!e)
                return e;
            e.value()->value = TemplateValue::integer(-e.value()->value.number());
            return e;
        }
        if (t.kind == Token::Number) {
            bool ok = false;
            const qint64 n = t.text.toLongLong(&ok);
            if (!ok)
                return fail(tr("only whole numbers are supported: %1").arg(t.text));
            ++m_pos;
            auto e = make(Expr::Const);
            e->value = TemplateValue::integer(n);
            return e;
        }
        if (t.kind == Token::Name) {
            ++m_pos;
            auto e = make(Expr::Const);
            if (t.text == QLatin1String("None"))
                e->value = TemplateValue::none();
            else if (t.text == QLatin1String("True") || t.text == QLatin1String("False"))
                e->value = TemplateValue::boolean(t.text == QLatin1String("True"));
            else if (Python::isKeyword(t.text) && t.text != QLatin1String("type") && t.text != QLatin1String("match"))
                return fail(tr("unexpected “%1”").arg(t.text));
            else
                return make(Expr::Name, {}, t.text.toString());
            return e;
        }
        if (t.isOp(QLatin1String("(")) || t.isOp(QLatin1String("["))) {
            const bool list = t.isOp(QLatin1String("["));
            ++m_pos;
            const char *close = list ? "]" : ")";
            QList<ExprPtr> items;
            bool comma = false;
            while (!atOp(close)) {
                if (m_pos >= m_t.size())
                    return fail(tr("“%1” is never closed").arg(t.text));
                auto item = parseTernary();
                if (!item)
                    return item;
                items.append(item.value());
                if (atOp(",")) {
                    comma = true;
                    ++m_pos;
                } else if (!atOp(close)) {
                    return fail(tr("expected “,” or “%1”").arg(QLatin1String(close)));
                }
            }
            ++m_pos;
            if (!list && items.size() == 1 && !comma)
                return items.first();
            return make(list ? Expr::ListLit : Expr::TupleLit, items);
        }
        return fail(tr("unexpected “%1”").arg(t.text));
    }

    const QList<Token> &m_t;
    int m_pos = 0;
};

Result<QString> percentFormat(const QString &format, const TemplateValue &args)
{
    QList<TemplateValue> values = args.kind() == TemplateValue::Tuple ? args.items() : QList<TemplateValue>{args};
    QString out;
    int next = 0;
    for (int i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != u'%' || i + 1 >= format.size()) {
            out += c;
            continue;
        }
        const QChar spec = format.at(++i);
        if (spec == u'%') {
            out += u'%';
            continue;
        }
        if (next >= values.size())
            return Error::make(ErrorKind::InvalidInput, tr("not enough arguments for format string"));
        const TemplateValue &v = values.at(next++);
        if (spec == u's')
            out += v.str();
        else if (spec == u'r')
            out += v.repr();
        else if (spec == u'd' || spec == u'i')
            out += QString::number(v.number());
        else
            return Error::make(ErrorKind::InvalidInput, tr("the format %%1 is not supported").arg(spec));
    }
    return out;
}

class Evaluator
{
public:
    explicit Evaluator(TemplateContext &vars) : m_vars(vars) {}

    Result<TemplateValue> eval(const ExprPtr &e)
    {
        switch (e->op) {
        case Expr::Const: return e->value;
        case Expr::Name: return lookup(e->name);
        case Expr::Attr: {
            auto base = eval(e->args.at(0));
            if (!base)
                return base;
            if (base->kind() == TemplateValue::Str || base->kind() == TemplateValue::Tuple || base->kind() == TemplateValue::List)
                return methodOf(base.value(), e->name);
            if (base->kind() != TemplateValue::Object)
                return Error::make(ErrorKind::InvalidInput, tr("%1 has no attribute %2").arg(base->repr(), e->name));
            const TemplateValue v = base->attribute(e->name);
            if (v.isUndefined())
                return Error::make(ErrorKind::InvalidInput, tr("unsupported attribute “%1”").arg(e->name));
            return v;
        }
        case Expr::Call: {
            auto fn = eval(e->args.at(0));
            if (!fn)
                return fn;
            QList<TemplateValue> args;
            for (int i = 1; i < e->args.size(); ++i) {
                auto a = eval(e->args.at(i));
                if (!a)
                    return a;
                args.append(a.value());
            }
            return fn->call(args);
        }
        case Expr::Index: {
            auto base = eval(e->args.at(0));
            auto index = base ? eval(e->args.at(1)) : base;
            if (!base || !index)
                return !base ? base : index;
            qint64 i = index->number();
            const qint64 n = base->kind() == TemplateValue::Str ? base->text().size() : base->items().size();
            if (i < 0)
                i += n;
            if (index->kind() != TemplateValue::Int || i < 0 || i >= n)
                return Error::make(ErrorKind::InvalidInput, tr("index out of range"));
            if (base->kind() == TemplateValue::Str)
                return TemplateValue::string(base->text().mid(int(i), 1));
            return base->items().at(int(i));
        }
        case Expr::Not: {
            auto v = eval(e->args.at(0));
            return v ? Result<TemplateValue>(TemplateValue::boolean(!v->truthy())) : v;
        }
        case Expr::And:
        case Expr::Or: {
            auto left = eval(e->args.at(0));
            if (!left)
                return left;
            if ((e->op == Expr::And) != left->truthy())
                return left;
            return eval(e->args.at(1));
        }
        case Expr::IfElse: {
            auto cond = eval(e->args.at(0));
            if (!cond)
                return cond;
            return eval(cond->truthy() ? e->args.at(1) : e->args.at(2));
        }
        case Expr::Eq:
        case Expr::Ne:
        case Expr::In:
        case Expr::NotIn:
        case Expr::Mod:
        case Expr::Add: {
            auto left = eval(e->args.at(0));
            if (!left)
                return left;
            auto right = eval(e->args.at(1));
            if (!right)
                return right;
            switch (e->op) {
            case Expr::Eq: return TemplateValue::boolean(left.value() == right.value());
            case Expr::Ne: return TemplateValue::boolean(!(left.value() == right.value()));
            case Expr::In:
            case Expr::NotIn: {
                bool found = right->kind() == TemplateValue::Str ? right->text().contains(left->text())
                                                                 : right->items().contains(left.value());
                return TemplateValue::boolean(found == (e->op == Expr::In));
            }
            case Expr::Mod: {
                if (left->kind() != TemplateValue::Str)
                    return Error::make(ErrorKind::InvalidInput, tr("only strings can be %-formatted"));
                auto text = percentFormat(left->text(), right.value());
                return text ? Result<TemplateValue>(TemplateValue::string(text.value())) : Result<TemplateValue>(text.error());
            }
            default:
                if (left->kind() == TemplateValue::Str && right->kind() == TemplateValue::Str)
                    return TemplateValue::string(left->text() + right->text());
                if (left->kind() == TemplateValue::Int && right->kind() == TemplateValue::Int)
                    return TemplateValue::integer(left->number() + right->number());
                return Error::make(ErrorKind::InvalidInput, tr("cannot add %1 and %2").arg(left->repr(), right->repr()));
            }
        }
        case Expr::TupleLit:
        case Expr::ListLit: {
            QList<TemplateValue> items;
            for (const ExprPtr &a : e->args) {
                auto v = eval(a);
                if (!v)
                    return v;
                items.append(v.value());
            }
            return e->op == Expr::ListLit ? TemplateValue::list(items) : TemplateValue::tuple(items);
        }
        }
        return TemplateValue();
    }

    Result<TemplateValue> lookup(const QString &name)
    {
        const auto it = m_vars.constFind(name);
        if (it != m_vars.cend())
            return it.value();
        if (name == QLatin1String("repr"))
            return TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                if (a.size() != 1)
                    return Error::make(ErrorKind::InvalidInput, tr("repr() takes one argument"));
                return TemplateValue::string(a.first().repr());
            });
        if (name == QLatin1String("str"))
            return TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                return TemplateValue::string(a.isEmpty() ? QString() : a.first().str());
            });
        if (name == QLatin1String("len"))
            return TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                if (a.size() != 1)
                    return Error::make(ErrorKind::InvalidInput, tr("len() takes one argument"));
                return TemplateValue::integer(a.first().kind() == TemplateValue::Str ? a.first().text().size() : a.first().items().size());
            });
        if (name == QLatin1String("context")) {
            TemplateContext *vars = &m_vars;
            return TemplateValue::object({{QStringLiteral("get"), TemplateValue::function([vars](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                                               if (a.isEmpty())
                                                   return Error::make(ErrorKind::InvalidInput, tr("context.get() needs a name"));
                                               const TemplateValue v = vars->value(a.first().text());
                                               if (!v.isUndefined())
                                                   return v;
                                               return a.size() > 1 ? a.at(1) : TemplateValue::none();
                                           })}});
        }
        if (name == QLatin1String("re")) {
            return TemplateValue::object(
                {{QStringLiteral("split"), TemplateValue::function([](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                      if (a.size() != 2 || a.at(1).kind() != TemplateValue::Str)
                          return Error::make(ErrorKind::InvalidInput, tr("re.split(pattern, string) needs a string"));
                      const QRegularExpression re(a.at(0).text());
                      if (!re.isValid())
                          return Error::make(ErrorKind::InvalidInput, tr("bad regular expression: %1").arg(a.at(0).text()));
                      return TemplateValue::strings(a.at(1).text().split(re), TemplateValue::List);
                  })}});
        }
        return TemplateValue(); // UNDEFINED: false in a condition, an error when printed
    }

private:
    Result<TemplateValue> methodOf(const TemplateValue &base, const QString &name)
    {
        if (base.kind() == TemplateValue::Str && (name == QLatin1String("strip") || name == QLatin1String("lower")
                                                  || name == QLatin1String("upper") || name == QLatin1String("split"))) {
            return TemplateValue::function([base, name](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                if (name == QLatin1String("strip"))
                    return TemplateValue::string(base.text().trimmed());
                if (name == QLatin1String("lower"))
                    return TemplateValue::string(base.text().toLower());
                if (name == QLatin1String("upper"))
                    return TemplateValue::string(base.text().toUpper());
                if (a.isEmpty())
                    return TemplateValue::strings(base.text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts),
                                                  TemplateValue::List);
                return TemplateValue::strings(base.text().split(a.first().text()), TemplateValue::List);
            });
        }
        if (base.kind() == TemplateValue::Str && name == QLatin1String("join")) {
            return TemplateValue::function([base](const QList<TemplateValue> &a) -> Result<TemplateValue> {
                if (a.size() != 1)
                    return Error::make(ErrorKind::InvalidInput, tr("join() takes one argument"));
                QStringList parts;
                for (const TemplateValue &v : a.first().items())
                    parts.append(v.str());
                return TemplateValue::string(parts.join(base.text()));
            });
        }
        return Error::make(ErrorKind::InvalidInput, tr("unsupported method “%1”").arg(name));
    }

    TemplateContext &m_vars;
};

// ---- template structure ---------------------------------------------------------------------------------------

struct Node
{
    enum Type { Text, Expression, If, For, Assign };
    Type type = Text;
    int line = 0;
    QString text;                        // Text; Expression source; For/Assign target
    ExprPtr expr;                        // Expression, For iterable, Assign value
    QStringList filters;                 // Expression
    QList<QPair<ExprPtr, QList<Node>>> branches; // If: (condition or null for else, body)
    QList<Node> body;                    // For
};

Result<ExprPtr> compileExpression(const QString &source)
{
    const Python::LexResult lexed = Python::tokenize(source);
    if (!lexed.ok)
        return Error::make(ErrorKind::InvalidInput, lexed.error.message);
    QList<Token> tokens;
    for (const Python::LogicalLine &l : lexed.lines)
        tokens.append(QList<Token>(l.tokens.cbegin(), l.tokens.cend()));
    if (tokens.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("an empty expression"));
    ExprParser parser(tokens);
    return parser.parseAll();
}

class Compiler
{
public:
    Compiler(const QString &source, const QString &name) : m_src(source), m_name(name) {}

    Result<QList<Node>> run()
    {
        QList<Node> root;
        QList<Node *> open; // If/For nodes being filled
        auto current = [&]() -> QList<Node> * {
            if (open.isEmpty())
                return &root;
            Node *n = open.last();
            return n->type == Node::For ? &n->body : &n->branches.last().second;
        };
        QString text;
        int textLine = 1;
        auto flush = [&]() {
            if (!text.isEmpty()) {
                Node n;
                n.type = Node::Text;
                n.line = textLine;
                n.text = text;
                current()->append(n);
                text.clear();
            }
        };
        bool lineStart = true;
        while (m_pos < m_src.size()) {
            if (lineStart) {
                lineStart = false;
                int p = m_pos;
                while (p < m_src.size() && (m_src.at(p) == u' ' || m_src.at(p) == u'\t'))
                    ++p;
                if (p < m_src.size() && m_src.at(p) == u'%' && (p + 1 >= m_src.size() || m_src.at(p + 1) != u'%')) {
                    flush();
                    int end = m_src.indexOf(u'\n', p);
                    if (end < 0)
                        end = int(m_src.size());
                    const QString control = m_src.mid(p + 1, end - p - 1).trimmed();
                    m_pos = end + 1;
                    const int line = m_line++;
                    lineStart = true;
                    if (auto st = controlLine(control, line, root, open); !st)
                        return st.error();
                    textLine = m_line;
                    continue;
                }
                if (QStringView(m_src).mid(p, 2) == QLatin1String("##")) {
                    int end = m_src.indexOf(u'\n', p);
                    m_pos = end < 0 ? int(m_src.size()) : end + 1;
                    ++m_line;
                    lineStart = true;
                    continue;
                }
                if (QStringView(m_src).mid(p, 2) == QLatin1String("%%")) {
                    text += m_src.mid(m_pos, p - m_pos) + u'%';
                    m_pos = p + 2;
                    continue;
                }
            }
            const QStringView rest = QStringView(m_src).mid(m_pos);
            if (rest.startsWith(QLatin1String("<%text>"))) {
                const int end = m_src.indexOf(QLatin1String("</%text>"), m_pos);
                if (end < 0)
                    return templateError(m_name, m_line, tr("<%text> is never closed"));
                const QString raw = m_src.mid(m_pos + 7, end - m_pos - 7);
                text += raw;
                m_line += int(raw.count(u'\n'));
                m_pos = end + 8;
                continue;
            }
            if (rest.startsWith(QLatin1String("<%doc>"))) {
                const int end = m_src.indexOf(QLatin1String("</%doc>"), m_pos);
                if (end < 0)
                    return templateError(m_name, m_line, tr("<%doc> is never closed"));
                m_line += int(QStringView(m_src).mid(m_pos, end - m_pos).count(u'\n'));
                m_pos = end + 7;
                continue;
            }
            if (rest.startsWith(QLatin1String("<%!")) || rest.startsWith(QLatin1String("<% ")) || rest.startsWith(QLatin1String("<%\n"))
                || rest.startsWith(QLatin1String("<%\t"))) {
                const bool module = rest.startsWith(QLatin1String("<%!"));
                const int end = m_src.indexOf(QLatin1String("%>"), m_pos);
                if (end < 0)
                    return templateError(m_name, m_line, tr("<% is never closed"));
                const QString code = m_src.mid(m_pos + (module ? 3 : 2), end - m_pos - (module ? 3 : 2));
                flush();
                if (auto st = codeBlock(code, module, m_line, *current()); !st)
                    return st.error();
                m_line += int(code.count(u'\n'));
                m_pos = end + 2;
                textLine = m_line;
                continue;
            }
            if (rest.startsWith(QLatin1String("<%")) || rest.startsWith(QLatin1String("</%")))
                return templateError(m_name, m_line, tr("Mako tags such as “%1” are not supported").arg(rest.left(12).toString()));
            if (rest.startsWith(QLatin1String("${"))) {
                flush();
                auto end = expressionEnd(m_pos + 2);
                if (end < 0)
                    return templateError(m_name, m_line, tr("“${” is never closed"));
                const QString source = m_src.mid(m_pos + 2, end - m_pos - 2);
                Node n;
                n.type = Node::Expression;
                n.line = m_line;
                if (auto st = expression(source, n); !st)
                    return templateError(m_name, m_line, tr("${%1}: %2").arg(source.trimmed(), st.errorMessage()));
                current()->append(n);
                m_line += int(source.count(u'\n'));
                m_pos = end + 1;
                textLine = m_line;
                continue;
            }
            if (rest.startsWith(QLatin1String("\\\n"))) {
                m_pos += 2;
                ++m_line;
                lineStart = true;
                continue;
            }
            const QChar c = m_src.at(m_pos++);
            text += c;
            if (c == u'\n') {
                ++m_line;
                lineStart = true;
            }
        }
        flush();
        if (!open.isEmpty())
            return templateError(m_name, open.last()->line,
                                 tr("“%1” is never closed").arg(open.last()->type == Node::For ? QStringLiteral("% for") : QStringLiteral("% if")));
        return root;
    }

private:
    int expressionEnd(int from) const
    {
        int depth = 0;
        QChar quote;
        for (int i = from; i < m_src.size(); ++i) {
            const QChar c = m_src.at(i);
            if (!quote.isNull()) {
                if (c == u'\\')
                    ++i;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == u'\'' || c == u'"')
                quote = c;
            else if (c == u'{' || c == u'(' || c == u'[')
                ++depth;
            else if (c == u')' || c == u']')
                --depth;
            else if (c == u'}') {
                if (depth == 0)
                    return i;
                --depth;
            }
        }
        return -1;
    }

    Status expression(const QString &source, Node &n)
    {
        // Trailing "| f1, f2" are filters.
        static const QRegularExpression filters(QStringLiteral("\\|\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*$"));
        QString expr = source;
        const auto m = filters.match(source);
        if (m.hasMatch()) {
            // Only when that "|" is outside strings and brackets.
            const QString before = source.left(m.capturedStart());
            if (before.count(u'\'') % 2 == 0 && before.count(u'"') % 2 == 0 && before.count(u'(') == before.count(u')')) {
                expr = before;
                for (const QString &f : m.captured(1).split(u','))
                    n.filters.append(f.trimmed());
            }
        }
        auto compiled = compileExpression(expr);
        if (!compiled)
            return compiled.error();
        n.expr = compiled.value();
        n.text = expr.trimmed();
        return success();
    }

    Status controlLine(const QString &control, int line, QList<Node> &root, QList<Node *> &open)
    {
        auto current = [&]() -> QList<Node> * {
            if (open.isEmpty())
                return &root;
            Node *n = open.last();
            return n->type == Node::For ? &n->body : &n->branches.last().second;
        };
        static const QRegularExpression forRe(QStringLiteral("^for\\s+(.+?)\\s+in\\s+(.+):$"));
        static const QRegularExpression ifRe(QStringLiteral("^(if|elif)\\s+(.+):$"));
        if (const auto m = forRe.match(control); m.hasMatch()) {
            Node n;
            n.type = Node::For;
            n.line = line;
            n.text = m.captured(1).trimmed();
            auto e = compileExpression(m.captured(2));
            if (!e)
                return templateError(m_name, line, e.errorMessage());
            n.expr = e.value();
            current()->append(n);
            open.append(&current()->last());
            return success();
        }
        if (const auto m = ifRe.match(control); m.hasMatch()) {
            auto e = compileExpression(m.captured(2));
            if (!e)
                return templateError(m_name, line, e.errorMessage());
            if (m.captured(1) == QLatin1String("if")) {
                Node n;
                n.type = Node::If;
                n.line = line;
                n.branches.append({e.value(), {}});
                current()->append(n);
                open.append(&current()->last());
                return success();
            }
            if (open.isEmpty() || open.last()->type != Node::If || !open.last()->branches.last().first)
                return templateError(m_name, line, tr("“% elif” without “% if”"));
            open.last()->branches.append({e.value(), {}});
            return success();
        }
        if (control == QLatin1String("else:")) {
            if (open.isEmpty() || open.last()->type != Node::If || !open.last()->branches.last().first)
                return templateError(m_name, line, tr("“% else” without “% if”"));
            open.last()->branches.append({ExprPtr(), {}});
            return success();
        }
        if (control == QLatin1String("endif") || control == QLatin1String("endfor")) {
            const Node::Type want = control == QLatin1String("endif") ? Node::If : Node::For;
            if (open.isEmpty() || open.last()->type != want)
                return templateError(m_name, line, tr("“% %1” without its opening line").arg(control));
            open.removeLast();
            return success();
        }
        return templateError(m_name, line, tr("unsupported Mako control line “% %1”").arg(control));
    }

    Status codeBlock(const QString &code, bool module, int line, QList<Node> &into)
    {
        static const QRegularExpression assign(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.+)$"));
        int n = line;
        for (const QString &raw : code.split(u'\n')) {
            const QString l = raw.trimmed();
            const int here = n++;
            if (l.isEmpty() || l.startsWith(u'#'))
                continue;
            if (l.startsWith(QLatin1String("import ")) || l.startsWith(QLatin1String("from ")))
                continue; // modules the expressions may use are built in (re)
            if (module)
                return templateError(m_name, here, tr("module-level code in <%! %> is not supported: %1").arg(l));
            const auto m = assign.match(l);
            if (!m.hasMatch())
                return templateError(m_name, here, tr("only “name = value” is supported in <% %>: %1").arg(l));
            Node a;
            a.type = Node::Assign;
            a.line = here;
            a.text = m.captured(1);
            auto e = compileExpression(m.captured(2));
            if (!e)
                return templateError(m_name, here, e.errorMessage());
            a.expr = e.value();
            into.append(a);
        }
        return success();
    }

    const QString &m_src;
    QString m_name;
    int m_pos = 0;
    int m_line = 1;
};

QString htmlEscape(const QString &s)
{
    return QString(s).replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;")).replace(u'>', QLatin1String("&gt;"))
        .replace(u'"', QLatin1String("&#34;")).replace(u'\'', QLatin1String("&#39;"));
}

Status execute(const QList<Node> &nodes, TemplateContext &vars, QString &out, const QString &name)
{
    Evaluator ev(vars);
    for (const Node &n : nodes) {
        switch (n.type) {
        case Node::Text: out += n.text; break;
        case Node::Assign: {
            auto v = ev.eval(n.expr);
            if (!v)
                return templateError(name, n.line, v.errorMessage());
            vars.insert(n.text, v.value());
            break;
        }
        case Node::Expression: {
            auto v = ev.eval(n.expr);
            if (!v)
                return templateError(name, n.line, tr("${%1}: %2").arg(n.text, v.errorMessage()));
            TemplateValue value = v.value();
            const bool raw = n.filters.contains(QStringLiteral("n"));
            if (!raw) {
                if (value.isUndefined())
                    return templateError(name, n.line, tr("${%1}: “%1” is not defined").arg(n.text));
                value = TemplateValue::string(value.str());
            }
            for (const QString &f : n.filters) {
                if (f == QLatin1String("n"))
                    continue;
                if (f == QLatin1String("str") || f == QLatin1String("unicode")) {
                    value = TemplateValue::string(value.str());
                } else if (f == QLatin1String("h") || f == QLatin1String("x")) {
                    value = TemplateValue::string(htmlEscape(value.str()));
                } else if (f == QLatin1String("trim")) {
                    value = TemplateValue::string(value.str().trimmed());
                } else {
                    auto fn = ev.lookup(f);
                    if (!fn || fn->kind() != TemplateValue::Function)
                        return templateError(name, n.line, tr("${%1}: unknown filter “%2”").arg(n.text, f));
                    auto r = fn->call({value});
                    if (!r)
                        return templateError(name, n.line, tr("${%1}: %2").arg(n.text, r.errorMessage()));
                    value = r.value();
                }
            }
            if (value.isUndefined())
                return templateError(name, n.line, tr("${%1}: “%1” is not defined").arg(n.text));
            out += value.str();
            break;
        }
        case Node::If: {
            for (const auto &branch : n.branches) {
                bool take = true;
                if (branch.first) {
                    auto c = ev.eval(branch.first);
                    if (!c)
                        return templateError(name, n.line, c.errorMessage());
                    take = c->truthy();
                }
                if (take) {
                    if (auto st = execute(branch.second, vars, out, name); !st)
                        return st;
                    break;
                }
            }
            break;
        }
        case Node::For: {
            auto seq = ev.eval(n.expr);
            if (!seq)
                return templateError(name, n.line, seq.errorMessage());
            QList<TemplateValue> items;
            if (seq->kind() == TemplateValue::Str) {
                for (const QChar c : seq->text())
                    items.append(TemplateValue::string(QString(c)));
            } else if (seq->kind() == TemplateValue::Tuple || seq->kind() == TemplateValue::List) {
                items = seq->items();
            } else {
                return templateError(name, n.line, tr("cannot loop over %1").arg(seq->repr()));
            }
            const QStringList targets = n.text.split(u',', Qt::SkipEmptyParts);
            for (const TemplateValue &item : std::as_const(items)) {
                if (targets.size() == 1) {
                    vars.insert(targets.first().trimmed(), item);
                } else {
                    if (item.items().size() != targets.size())
                        return templateError(name, n.line, tr("cannot unpack %1").arg(item.repr()));
                    for (int k = 0; k < targets.size(); ++k)
                        vars.insert(targets.at(k).trimmed(), item.items().at(k));
                }
                if (auto st = execute(n.body, vars, out, name); !st)
                    return st;
            }
            break;
        }
        }
    }
    return success();
}

} // namespace

Result<QString> MakoTemplate::render(const QString &source, const TemplateContext &context, const QString &name)
{
    QString text = source;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    Compiler compiler(text, name);
    auto nodes = compiler.run();
    if (!nodes)
        return nodes.error();
    TemplateContext vars = context;
    QString out;
    if (auto st = execute(nodes.value(), vars, out, name); !st)
        return st.error();
    return out;
}

} // namespace Godwit
