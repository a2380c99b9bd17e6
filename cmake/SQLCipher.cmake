# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's static SQLCipher, linked with its symbols hidden. A libsqlite3 loaded into the same process
# (Qt's QSQLITE plugin, GTK, NSS...) exports the same names; if it won them, PRAGMA key would be
# silently ignored and data written in plaintext. Database::open() checks cipher_version as well.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATHS /usr/include/sqlcipher NO_DEFAULT_PATH REQUIRED)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
find_package(Threads REQUIRED)

add_library(SQLCipher::static STATIC IMPORTED GLOBAL)
set_target_properties(SQLCipher::static PROPERTIES
    IMPORTED_LOCATION "${SQLCIPHER_STATIC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC"
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;${CMAKE_DL_LIBS};m"
    INTERFACE_LINK_OPTIONS "LINKER:--exclude-libs,libsqlcipher.a")
