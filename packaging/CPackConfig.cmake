# CPack settings for every platform, included from the top-level
# CMakeLists.txt after all install rules. See packaging/README.md.

set(CPACK_PACKAGE_NAME ${USAGEDESK_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "The UsageDesk developers")
set(CPACK_PACKAGE_CONTACT ${USAGEDESK_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://usagedesk.example.org/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Usage reports for the tenants of an identity and MFA cloud")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "UsageDesk")
set(CPACK_PACKAGE_EXECUTABLES usagedesk UsageDesk)
# WiX and productbuild want a license with a known extension.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
# Packages carry no debug information (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change the upgrade code: it is how Windows Installer finds an
    # installed UsageDesk to replace.
    set(CPACK_WIX_UPGRADE_GUID "6B1F4C52-9E3D-4A8B-B2C7-0D5E8F1A3C64")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/usagedesk.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "UsageDesk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
    set(CPACK_WIX_ARCHITECTURE x64)
    # The NSIS alternative (cpack -G NSIS) uses the same files.
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/usagedesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\usagedesk.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "UsageDesk ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/usagedesk.icns)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_NAME ${USAGEDESK_PACKAGE_NAME})
    string(REGEX REPLACE "^.*-" "" CPACK_DEBIAN_PACKAGE_RELEASE ${USAGEDESK_DEB_VERSION})
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
    # The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the
    # extended description below it.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "UsageDesk is for the administrators of a service provider who run many
customer tenants of an identity and MFA cloud service. It lists the tenants,
shows their usage over time and generates, exports, archives and compares
the usage reports (users, voice and SMS credits, authentications per tenant)
that feed billing. The data lives in SQLite or PostgreSQL.
This package holds the desktop application (usagedesk) and the command line
(usagedesk-cli).")
    # dpkg-shlibdeps finds the libraries the binaries link; Qt loads the SQL
    # drivers and the platform plugins at run time, so they are named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
    # Qt's own texts (standard buttons, file dialogs) in German and French;
    # UsageDesk's translations are built into the binaries.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The .deb installs below /usr (CPack's default for DEB); the .tar.gz has
    # bin/ and share/ at its top, to unpack anywhere.
endif()

include(CPack)
