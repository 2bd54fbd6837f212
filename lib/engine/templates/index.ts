export { BUILTIN_TEMPLATES, isBuiltinType } from "./builtin";
export { customTemplate, type CustomTemplateDef } from "./custom";
export { detectMeetingType, meetingFeatures, scoreTypes, type DetectedType } from "./detect";
export { fillTemplateLocally, type TemplateInput } from "./fill-local";
export * from "./types";
