import type { recordingsEn } from "./recordings.en";

/** 录音相关文案：播放器与“等待转写”提示。 */
export const recordingsZh: typeof recordingsEn = {
  player: "录音",
  hint: "点击转写中的某一行或引用，即从该处播放录音。",
  waiting: "等待转写",
  waitingTitle: "这段录音正在等待转写。",
  waitingBody: "尚未配置语音转写服务，因此还没有转写。录音已保存，可在此播放。",
  howTo: "如需转写，请管理员在“设置”中为本工作区配置语音转写服务，或在运行纪要的环境中设置以下变量并重启；然后点击“重试”：",
  varBase: "兼容 OpenAI 的转写服务地址，包含 /v1（OpenAI、whisper.cpp 服务、speaches、vLLM）",
  varModel: "语音模型名称，例如 whisper-1",
  varKey: "服务需要时填写的 API 密钥",
  step: "转写录音",
};
