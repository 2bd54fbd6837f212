/** English text of recordings: the player and the "waiting for transcription" notice. */
export const recordingsEn = {
  player: "Recording",
  hint: "Click a transcript line or a citation to play the recording from there.",
  waiting: "Waiting for transcription",
  waitingTitle: "This recording is waiting for transcription.",
  waitingBody: "No speech-to-text endpoint is configured, so it has not been transcribed yet. The recording is kept and can be played here.",
  howTo: "To transcribe it, an admin sets this workspace's speech-to-text endpoint in Settings, or these variables are set where Jiyao runs (then restart it); then press Retry:",
  varBase: "an OpenAI-compatible endpoint including /v1 (OpenAI, a whisper.cpp server, speaches, vLLM)",
  varModel: "the speech model, e.g. whisper-1",
  varKey: "its API key, if it needs one",
  step: "transcribing the recording",
};
