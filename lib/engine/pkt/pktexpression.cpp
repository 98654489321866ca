#include "pktexpression.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace tsl::pkt {

struct ExpressionNode {
    enum Kind { Number, Field, Unary, Binary } kind = Number;
    std::int64_t number = 0;
    std::string name; // Field; operator for Unary/Binary
    std::shared_ptr<const ExpressionNode> left, right;
};

namespace {

using Node = std::shared_ptr<const ExpressionNode>;

const std::map<std::string, std::int64_t>& constants()
{
    static const std::map<std::string, std::int64_t> table{
        {"TCP_ESTABLISHED", 1}, {"TCP_SYN_SENT", 2}, {"TCP_SYN_RECV", 3}, {"TCP_FIN_WAIT1", 4},
        {"TCP_FIN_WAIT2", 5}, {"TCP_TIME_WAIT", 6}, {"TCP_CLOSE", 7}, {"TCP_CLOSE_WAIT", 8},
        {"TCP_LAST_ACK", 9}, {"TCP_LISTEN", 10}, {"TCP_CLOSING", 11}, {"TCP_NEW_SYN_RECV", 12},
        {"TCP_CA_Open", 0}, {"TCP_CA_Disorder", 1}, {"TCP_CA_CWR", 2}, {"TCP_CA_Recovery", 3},
        {"TCP_CA_Loss", 4}, {"TCPI_OPT_TIMESTAMPS", 1}, {"TCPI_OPT_SACK", 2}, {"TCPI_OPT_WSCALE", 4},
        {"TCPI_OPT_ECN", 8}, {"TCPI_OPT_ECN_SEEN", 16}, {"TCPI_OPT_SYN_DATA", 32},
        {"True", 1}, {"False", 0},
    };
    return table;
}

struct Parser {
    const std::string& text;
    std::size_t at = 0;
    std::string error;
    std::size_t errorAt = 0;

    bool failed() const { return !error.empty(); }
    void fail(const std::string& why, std::size_t where)
    {
        if (error.empty()) {
            error = why;
            errorAt = where;
        }
    }
    void spaces()
    {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
            ++at;
    }
    bool word(const char* keyword)
    {
        spaces();
        const std::size_t length = std::char_traits<char>::length(keyword);
        if (text.compare(at, length, keyword) != 0)
            return false;
        const std::size_t end = at + length;
        if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
            return false;
        at = end;
        return true;
    }
    bool symbol(const char* op)
    {
        spaces();
        const std::size_t length = std::char_traits<char>::length(op);
        if (text.compare(at, length, op) != 0)
            return false;
        // "<" must not take the first half of "<=", "=" is never an operator alone.
        at += length;
        return true;
    }
    static Node binary(const std::string& op, Node left, Node right)
    {
        auto node = std::make_shared<ExpressionNode>();
        node->kind = ExpressionNode::Binary;
        node->name = op;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }
    static Node unary(const std::string& op, Node operand)
    {
        auto node = std::make_shared<ExpressionNode>();
        node->kind = ExpressionNode::Unary;
        node->name = op;
        node->left = std::move(operand);
        return node;
    }

    Node parseOr()
    {
        Node left = parseAnd();
        while (!failed() && word("or"))
            left = binary("or", left, parseAnd());
        return left;
    }
    Node parseAnd()
    {
        Node left = parseNot();
        while (!failed() && word("and"))
            left = binary("and", left, parseNot());
        return left;
    }
    Node parseNot()
    {
        if (word("not"))
            return unary("not", parseNot());
        return parseComparison();
    }
    Node parseComparison()
    {
        Node left = parseBitOr();
        static const char* const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
        for (;;) {
            if (failed())
                return left;
            bool found = false;
            for (const char* op : ops) {
                if (symbol(op)) {
                    left = binary(op, left, parseBitOr());
                    found = true;
                    break;
                }
            }
            if (!found)
                return left;
        }
    }
    Node parseBitOr()
    {
        Node left = parseBitAnd();
        while (!failed()) {
            spaces();
            if (at < text.size() && text[at] == '|') {
                ++at;
                left = binary("|", left, parseBitAnd());
            } else {
                break;
            }
        }
        return left;
    }
    Node parseBitAnd()
    {
        Node left = parseSum();
        while (!failed()) {
            spaces();
            if (at < text.size() && text[at] == '&') {
                ++at;
                left = binary("&", left, parseSum());
            } else {
                break;
            }
        }
        return left;
    }
    Node parseSum()
    {
        Node left = parseProduct();
        while (!failed()) {
            spaces();
            if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
                const std::string op(1, text[at++]);
                left = binary(op, left, parseProduct());
            } else {
                break;
            }
        }
        return left;
    }
    Node parseProduct()
    {
        Node left = parseUnary();
        while (!failed()) {
            spaces();
            if (text.compare(at, 2, "//") == 0) {
                at += 2;
                left = binary("/", left, parseUnary());
            } else if (text.compare(at, 2, "**") == 0) {
                fail("'**' is not supported (use + - * / % & |)", at);
                return left;
            } else if (at < text.size() && (text[at] == '*' || text[at] == '/' || text[at] == '%')) {
                const std::string op(1, text[at++]);
                left = binary(op, left, parseUnary());
            } else {
                break;
            }
        }
        return left;
    }
    Node parseUnary()
    {
        spaces();
        if (at < text.size() && text[at] == '-') {
            ++at;
            return unary("-", parseUnary());
        }
        return parsePrimary();
    }
    Node parsePrimary()
    {
        spaces();
        const std::size_t start = at;
        if (at >= text.size()) {
            fail("an expression is missing here", at);
            return nullptr;
        }
        const char c = text[at];
        if (c == '(') {
            ++at;
            Node inner = parseOr();
            spaces();
            if (!failed() && (at >= text.size() || text[at] != ')'))
                fail("')' expected", at);
            else
                ++at;
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t used = 0;
            std::int64_t value = 0;
            try {
                value = std::stoll(text.substr(at), &used, 0);
            } catch (...) {
                fail("bad number", at);
                return nullptr;
            }
            at += used;
            if (at < text.size() && (std::isalnum(static_cast<unsigned char>(text[at])) || text[at] == '.')) {
                fail("only whole numbers are supported", start);
                return nullptr;
            }
            auto node = std::make_shared<ExpressionNode>();
            node->number = value;
            return node;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            while (at < text.size() && (std::isalnum(static_cast<unsigned char>(text[at])) || text[at] == '_'))
                ++at;
            const std::string name = text.substr(start, at - start);
            auto node = std::make_shared<ExpressionNode>();
            if (const auto value = expressionConstant(name)) {
                node->number = *value;
            } else if (isTcpInfoField(name)) {
                node->kind = ExpressionNode::Field;
                node->name = name;
            } else {
                fail("unknown name '" + name + "' (supported: tcpi_* fields of TCP_INFO, TCP_* states, TCP_CA_*, TCPI_OPT_*)",
                     start);
                return nullptr;
            }
            spaces();
            if (at < text.size() && (text[at] == '(' || text[at] == '.' || text[at] == '[')) {
                fail("only tcpi_* fields and constants are supported here, no Python calls, attributes or indexing", at);
                return nullptr;
            }
            return node;
        }
        fail(std::string("unexpected '") + c + "' (supported: integers, tcpi_* fields, + - * / % & |, comparisons, and/or/not)",
             at);
        return nullptr;
    }
};

void collect(const ExpressionNode* node, std::vector<std::string>& out)
{
    if (!node)
        return;
    if (node->kind == ExpressionNode::Field && std::find(out.begin(), out.end(), node->name) == out.end())
        out.push_back(node->name);
    collect(node->left.get(), out);
    collect(node->right.get(), out);
}

std::optional<std::int64_t> eval(const ExpressionNode* node,
                                 const std::function<std::optional<std::int64_t>(const std::string&)>& field,
                                 std::string& error)
{
    switch (node->kind) {
    case ExpressionNode::Number: return node->number;
    case ExpressionNode::Field: {
        auto value = field(node->name);
        if (!value)
            error = node->name + " is not available";
        return value;
    }
    case ExpressionNode::Unary: {
        const auto operand = eval(node->left.get(), field, error);
        if (!operand)
            return std::nullopt;
        return node->name == "not" ? std::int64_t(*operand == 0) : -*operand;
    }
    case ExpressionNode::Binary: break;
    }
    const auto left = eval(node->left.get(), field, error);
    if (!left)
        return std::nullopt;
    const std::string& op = node->name;
    if (op == "and" && *left == 0)
        return 0;
    if (op == "or" && *left != 0)
        return 1;
    const auto right = eval(node->right.get(), field, error);
    if (!right)
        return std::nullopt;
    const std::int64_t a = *left, b = *right;
    if (op == "and" || op == "or")
        return std::int64_t(b != 0);
    if ((op == "/" || op == "%") && b == 0) {
        error = "division by zero";
        return std::nullopt;
    }
    if (op == "+") return a + b;
    if (op == "-") return a - b;
    if (op == "*") return a * b;
    if (op == "/") return a / b;
    if (op == "%") return a % b;
    if (op == "&") return a & b;
    if (op == "|") return a | b;
    if (op == "==") return std::int64_t(a == b);
    if (op == "!=") return std::int64_t(a != b);
    if (op == "<") return std::int64_t(a < b);
    if (op == "<=") return std::int64_t(a <= b);
    if (op == ">") return std::int64_t(a > b);
    return std::int64_t(a >= b);
}

} // namespace

std::optional<Expression> Expression::parse(const std::string& text, std::string& error, std::size_t& errorColumn)
{
    Parser parser{text, 0, {}, 0};
    Node root = parser.parseOr();
    parser.spaces();
    if (!parser.failed() && parser.at < text.size())
        parser.fail("unexpected '" + text.substr(parser.at, 1) + "' after the expression", parser.at);
    if (parser.failed()) {
        error = parser.error;
        errorColumn = parser.errorAt;
        return std::nullopt;
    }
    Expression expression;
    expression.m_root = root;
    return expression;
}

std::optional<std::int64_t> Expression::evaluate(const std::function<std::optional<std::int64_t>(const std::string&)>& field,
                                                 std::string& error) const
{
    return eval(m_root.get(), field, error);
}

std::vector<std::string> Expression::fields() const
{
    std::vector<std::string> out;
    collect(m_root.get(), out);
    return out;
}

std::optional<std::int64_t> expressionConstant(const std::string& name)
{
    const auto& table = constants();
    const auto found = table.find(name);
    if (found == table.end())
        return std::nullopt;
    return found->second;
}

const std::vector<std::string>& tcpInfoFields()
{
    static const std::vector<std::string> fields{
        "tcpi_state", "tcpi_ca_state", "tcpi_retransmits", "tcpi_probes", "tcpi_backoff", "tcpi_options",
        "tcpi_snd_wscale", "tcpi_rcv_wscale", "tcpi_rto", "tcpi_ato", "tcpi_snd_mss", "tcpi_rcv_mss",
        "tcpi_unacked", "tcpi_sacked", "tcpi_lost", "tcpi_retrans", "tcpi_fackets", "tcpi_last_data_sent",
        "tcpi_last_ack_sent", "tcpi_last_data_recv", "tcpi_last_ack_recv", "tcpi_pmtu", "tcpi_rcv_ssthresh",
        "tcpi_rtt", "tcpi_rttvar", "tcpi_snd_ssthresh", "tcpi_snd_cwnd", "tcpi_advmss", "tcpi_reordering",
        "tcpi_rcv_rtt", "tcpi_rcv_space", "tcpi_total_retrans", "tcpi_pacing_rate", "tcpi_max_pacing_rate",
        "tcpi_bytes_acked", "tcpi_bytes_received", "tcpi_segs_out", "tcpi_segs_in", "tcpi_notsent_bytes",
        "tcpi_min_rtt", "tcpi_data_segs_in", "tcpi_data_segs_out", "tcpi_delivery_rate", "tcpi_busy_time",
        "tcpi_rwnd_limited", "tcpi_sndbuf_limited", "tcpi_delivered", "tcpi_delivered_ce", "tcpi_bytes_sent",
        "tcpi_bytes_retrans", "tcpi_dsack_dups", "tcpi_reord_seen", "tcpi_rcv_ooopack", "tcpi_snd_wnd",
    };
    return fields;
}

bool isTcpInfoField(const std::string& name)
{
    const auto& fields = tcpInfoFields();
    return std::find(fields.begin(), fields.end(), name) != fields.end();
}

} // namespace tsl::pkt
