# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors

# cmake -D BUILD_DIR=… -D STAGE_DIR=… -D APP_ID=… [-D APPSTREAMCLI=…] -P check-install.cmake
#
# Installs the build with DESTDIR=STAGE_DIR and prefix /usr, checks that every
# file is where desktops, software centres and the application look for it,
# lists the installed files, and with appstreamcli validates the installed tree
# as a whole (metainfo, desktop entry and icon found together).

cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS BUILD_DIR STAGE_DIR APP_ID)
    if(NOT ${var})
        message(FATAL_ERROR "check-install.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${STAGE_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${STAGE_DIR}"
                        "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE install_log ERROR_VARIABLE install_log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${install_log}")
endif()

set(root "${STAGE_DIR}/usr")
set(expected
    bin/chronoscope
    bin/chronoscope-cli
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/chronoscope/samples/kuril-islands/README.md
    share/chronoscope/gazetteer/README.md
    share/chronoscope/gazetteer/countries.json
    share/chronoscope/gazetteer/islands.json
    share/chronoscope/gazetteer/places.json
    share/chronoscope/gazetteer/organizations.json
    share/chronoscope/gazetteer/people.json
    share/chronoscope/gazetteer/topics.json
    share/chronoscope/gazetteer/combined.json)
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
foreach(dir IN ITEMS news articles)
    file(GLOB documents "${root}/share/chronoscope/samples/kuril-islands/${dir}/*")
    if(NOT documents)
        list(APPEND missing "share/chronoscope/samples/kuril-islands/${dir}/*")
    endif()
endforeach()

file(GLOB_RECURSE installed RELATIVE "${STAGE_DIR}" "${STAGE_DIR}/*")
list(SORT installed)
set(listing "")
set(samples 0)
foreach(file IN LISTS installed)
    if(file MATCHES "^usr/share/chronoscope/samples/")
        math(EXPR samples "${samples} + 1")
    else()
        string(APPEND listing "  /${file}\n")
    endif()
endforeach()
message(STATUS "Installed under ${STAGE_DIR}:\n${listing}  and ${samples} files under /usr/share/chronoscope/samples/")

# The desktop entry's command and icon must be among the installed files.
set(desktop "${root}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" exec_line REGEX "^Exec=")
    file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec_line}")
    string(REGEX REPLACE "^Icon=" "" icon "${icon_line}")
    if(NOT EXISTS "${root}/bin/${exec}")
        list(APPEND missing "bin/${exec} (the desktop entry's Exec)")
    endif()
    if(NOT EXISTS "${root}/share/icons/hicolor/scalable/apps/${icon}.svg")
        list(APPEND missing "share/icons/hicolor/scalable/apps/${icon}.svg (the desktop entry's Icon)")
    endif()
endif()

if(missing)
    string(REPLACE ";" "\n  " missing "${missing}")
    message(FATAL_ERROR "Not installed:\n  ${missing}")
endif()

if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net --explain "${STAGE_DIR}"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree failed on the installed files")
    endif()
endif()
