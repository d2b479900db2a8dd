@_exported import CarebookRender
