/** The share images' cache folder, set by the `sinergi:share-images` integration (`src/integrations/share-images.ts`). */
declare const __SINERGI_SHARE_CACHE__: string | undefined;
