/**
 * electron-vite's `?modulePath` import (as its `electron-vite/node` types declare it): the module
 * is built as a bundle of its own and the import gives the bundle's path. Only this declaration
 * is taken, as those types also make `process.env.ELECTRON_RENDERER_URL` read-only.
 */
declare module '*?modulePath' {
  const path: string
  export default path
}
