#pragma once
// The small expression language of a script's %{ assert ... }% lines: integers, the tcpi_*
// fields of TCP_INFO, the usual constants (TCP_ESTABLISHED..., TCP_CA_*, TCPI_OPT_*), + - * /
// % & |, comparisons, and/or/not and parentheses, as in the Python those blocks are written
// in. Anything else is refused where it stands. Plain C++.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tsl::pkt {

struct ExpressionNode;

class Expression {
public:
    // Parses `text`; on failure `errorColumn` is the 0-based offset in `text` and `error` says why.
    static std::optional<Expression> parse(const std::string& text, std::string& error, std::size_t& errorColumn);

    // Evaluates with `field` giving a tcpi_* field's value (nullopt: unknown field).
    std::optional<std::int64_t> evaluate(const std::function<std::optional<std::int64_t>(const std::string&)>& field,
                                         std::string& error) const;
    // The tcpi_* fields it reads, in order of appearance.
    std::vector<std::string> fields() const;

private:
    std::shared_ptr<const ExpressionNode> m_root;
};

// The constants of the language (nullopt: none such).
std::optional<std::int64_t> expressionConstant(const std::string& name);
// Whether `name` is a tcpi_* field this program reads from TCP_INFO.
bool isTcpInfoField(const std::string& name);
const std::vector<std::string>& tcpInfoFields();

} // namespace tsl::pkt
