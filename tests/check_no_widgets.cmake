# Fails when a file under DIR includes a Qt Widgets header (the models
# library links Qt Core, Sql and Network only).
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
set(offenders "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets/|QWidget|QDialog|QMainWindow|QMessageBox|QApplication)")
    if(lines)
        list(APPEND offenders "${f}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "Widgets includes in models/:\n${offenders}")
endif()
