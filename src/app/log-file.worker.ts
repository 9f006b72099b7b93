import { serveLogFiles, type ReaderScope } from './log-file-reader.ts'

// A 200 MB log or paste takes seconds to read: here, the page keeps scrolling and typing smoothly.
serveLogFiles(self as unknown as ReaderScope)
