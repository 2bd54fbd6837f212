import "server-only";
import type { Handler } from "../route";
import { exportDocumentHandler, getMinutesHandler, getSlidesHandler } from "./artifacts";
import { askHandler, getMeHandler, listMentionsHandler, searchHandler } from "./ask";
import type { EndpointName } from "./contract";
import {
  deleteDocumentHandler,
  documentEventsHandler,
  getDocumentHandler,
  getTranscriptHandler,
  listDocumentsHandler,
  renameDocumentHandler,
  uploadDocumentHandler,
} from "./documents";
import { exportQuizHandler, getQuizHandler, listDocumentQuizzesHandler } from "./quizzes";
import { listDocumentTodosHandler, listTodosHandler, updateTodoHandler } from "./todos";

/** One handler per endpoint of the contract; the type makes a missing or extra one a compile error. */
export const HANDLERS: { [K in EndpointName]: Handler<K> } = {
  getMe: getMeHandler,
  listDocuments: listDocumentsHandler,
  uploadDocument: uploadDocumentHandler,
  getDocument: getDocumentHandler,
  renameDocument: renameDocumentHandler,
  deleteDocument: deleteDocumentHandler,
  documentEvents: documentEventsHandler,
  getTranscript: getTranscriptHandler,
  getMinutes: getMinutesHandler,
  getSlides: getSlidesHandler,
  exportDocument: exportDocumentHandler,
  listDocumentQuizzes: listDocumentQuizzesHandler,
  getQuiz: getQuizHandler,
  exportQuiz: exportQuizHandler,
  listDocumentTodos: listDocumentTodosHandler,
  listTodos: listTodosHandler,
  updateTodo: updateTodoHandler,
  listMentions: listMentionsHandler,
  ask: askHandler,
  search: searchHandler,
};
