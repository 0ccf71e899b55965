// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

namespace facet {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
}

} // namespace facet
