"""ClinicDesk: the client file of a small beauty salon or aesthetic clinic."""

__version__ = "0.1.0"
APP_NAME = "ClinicDesk"
