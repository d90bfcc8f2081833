/// <reference types="vite/client" />

// @crxjs/vite-plugin: importing a script with `?script` yields its path in the built extension.
declare module '*?script' {
  const path: string;
  export default path;
}
