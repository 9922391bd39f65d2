// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace rs {

/// The error half of a Result, for returning one: `return Unexpected{error};`.
template<typename E>
struct Unexpected {
    E error;
};
template<typename E>
Unexpected(E) -> Unexpected<E>;

/// A value or the error that prevented it: the part of C++23's std::expected this
/// project needs. Callers test it (`if (!r) ... r.error()`) instead of reading a
/// bool and an out-parameter that may or may not have been filled.
template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit, as expected's
    Result(Unexpected<E> e) : m_state(std::in_place_index<1>, std::move(e.error)) {}  // NOLINT

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

/// A Result with nothing to return on success.
template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Unexpected<E> e) : m_error(std::move(e.error)) {}  // NOLINT: implicit, as expected's

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace rs
