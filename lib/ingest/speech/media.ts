/**
 * Recognises audio and video recordings by their bytes (the name is only a hint for look-alike MP4
 * brands). A recording is transcribed, not parsed as text; the MIME type decides how the browser plays it.
 */
export type MediaFormat = "mp3" | "m4a" | "wav" | "ogg" | "webm" | "mp4" | "mov" | "flac";

export interface MediaInfo {
  format: MediaFormat;
  mime: string;
  video: boolean;
}

const MIME: Record<MediaFormat, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
  ogg: "audio/ogg",
  webm: "video/webm",
  mp4: "video/mp4",
  mov: "video/quicktime",
  flac: "audio/flac",
};

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function ext(fileName?: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName ?? "")?.[1].toLowerCase() ?? "";
}

const info = (format: MediaFormat, video = false): MediaInfo => ({ format, mime: MIME[format], video });

/** ISO base media (MP4, M4A, MOV, 3GP): the major brand says audio-only, QuickTime or general MP4. */
function isoMedia(bytes: Uint8Array, fileName?: string): MediaInfo | undefined {
  const box = ascii(bytes, 4, 4);
  if (box !== "ftyp") return ["moov", "mdat", "wide", "free"].includes(box) && ext(fileName) === "mov" ? info("mov", true) : undefined;
  const brand = ascii(bytes, 8, 4);
  if (brand.startsWith("M4A") || brand.startsWith("M4B")) return info("m4a");
  if (brand === "qt  ") return info("mov", true);
  // Many phones write audio-only recordings with an isom/mp42 brand and an .m4a name.
  if (ext(fileName) === "m4a") return info("m4a");
  return info("mp4", true);
}

/**
 * MPEG audio frame sync (11 set bits), layer III or II (layer I's FF FE is also UTF-16's byte-order
 * mark, so it is not taken), a valid bitrate index.
 */
function mpegFrame(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const layer = (bytes[1] >> 1) & 3;
  const bitrate = bytes[2] >> 4;
  return (layer === 1 || layer === 2) && bitrate !== 0 && bitrate !== 15;
}

export function sniffMedia(bytes: Uint8Array, fileName?: string): MediaInfo | undefined {
  if (ascii(bytes, 0, 3) === "ID3" || mpegFrame(bytes)) return info("mp3");
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE") return info("wav");
  if (ascii(bytes, 0, 4) === "OggS") return info("ogg");
  if (ascii(bytes, 0, 4) === "fLaC") return info("flac");
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    // WebM and Matroska share EBML; the DocType near the start says which (both are played and transcribed).
    const audioOnlyName = ext(fileName) === "weba";
    return { format: "webm", mime: audioOnlyName ? "audio/webm" : "video/webm", video: !audioOnlyName };
  }
  return isoMedia(bytes, fileName);
}

export function isMediaMime(mime: string | null | undefined): boolean {
  return !!mime && (mime.startsWith("audio/") || mime.startsWith("video/"));
}
