@_exported import CarebookCore
