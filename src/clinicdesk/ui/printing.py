"""Printing and saving PDFs (and exported pictures) that exist only in memory.

Printing renders each page with QtPdf straight onto the printer: no temporary
file is written. Saving writes only where the practitioner chose.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _save(
    parent: QWidget,
    data: bytes,
    suggested_name: str,
    *,
    title: str,
    kinds: str,
    suffixes: tuple[str, ...],
    failure: str,
) -> bool:
    """`data` written where the practitioner chooses, and nowhere else; False if they
    cancel or it cannot be written (which is said, with the system's reason)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, kinds)
    if not path:
        return False
    if not path.lower().endswith(suffixes):
        path += suffixes[0]
    try:
        with open(path, "wb") as handle:  # noqa: PTH123 - the place the person chose
            handle.write(data)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Not saved"),
            failure.replace("%1", exc.strerror or str(exc)),
        )
        return False
    return True


def save_pdf(parent: QWidget, pdf: bytes, suggested_name: str) -> bool:
    return _save(
        parent,
        pdf,
        suggested_name,
        title=QCoreApplication.translate("Printing", "Save as PDF"),
        kinds=QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
        suffixes=(".pdf",),
        failure=QCoreApplication.translate("Printing", "The PDF could not be saved: %1"),
    )


def save_jpeg(parent: QWidget, jpeg: bytes, suggested_name: str) -> bool:
    return _save(
        parent,
        jpeg,
        suggested_name,
        title=QCoreApplication.translate("Printing", "Save as JPEG"),
        kinds=QCoreApplication.translate("Printing", "JPEG pictures (*.jpg *.jpeg)"),
        suffixes=(".jpg", ".jpeg"),
        failure=QCoreApplication.translate("Printing", "The picture could not be saved: %1"),
    )


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(pdf, printer)
    return True


def render_to_printer(pdf: bytes, printer: QPrinter) -> None:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            # Keep the page's proportions inside the printable area.
            size = document.pagePointSize(page).toSize()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.topLeft(), document.render(page, size))
    finally:
        painter.end()
        document.close()
