/** Short meetings with a decision, a cost and dated action items, for browser tests and screenshots. */
export const BUDGET_MEETING_EN = [
  "Alice 00:00:05",
  "Good morning. Today we review the spring campaign budget and the launch date.",
  "Bob 00:00:40",
  "The agency quoted forty thousand dollars for the video ads, which is over our limit.",
  "Alice 00:01:30",
  "Then we decided to cut the video ads and move the money to search ads.",
  "Carol 00:02:10",
  "I will send the revised budget to finance by Friday.",
  "Bob 00:03:00",
  "For the launch date, engineering needs two more weeks of testing.",
  "Alice 00:03:45",
  "Agreed, we will launch on the first of next month. Bob, can you share the test plan by Wednesday?",
].join("\n");
