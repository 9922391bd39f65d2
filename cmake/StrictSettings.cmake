# One interface target carries the language level, the warnings and the strict Qt
# definitions; every target of the project links it (qBittorrent's CommonConfig pattern).
add_library(routescope_strict INTERFACE)
target_compile_features(routescope_strict INTERFACE cxx_std_20)
target_compile_options(routescope_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wnull-dereference -Wimplicit-fallthrough
    $<$<BOOL:${ROUTESCOPE_WERROR}>:-Werror>)
target_compile_definitions(routescope_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS)
if(ROUTESCOPE_SANITIZE)
    target_compile_options(routescope_strict INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(routescope_strict INTERFACE -fsanitize=address,undefined)
endif()
if(ROUTESCOPE_TSAN)
    # GCC 12's flow analysis misreads the instrumented std::optional copies and warns
    # of uninitialized members that the dev and release builds (same -Werror) do not see.
    target_compile_options(routescope_strict INTERFACE -fsanitize=thread -fno-omit-frame-pointer
        -Wno-maybe-uninitialized)
    target_link_options(routescope_strict INTERFACE -fsanitize=thread)
endif()
