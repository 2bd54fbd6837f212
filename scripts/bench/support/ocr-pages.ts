/** Reference pages for the OCR benchmark: a Chinese and an English page of meeting-document prose. */
export const ZH_PAGE = [
  "第三季度产品规划会议纪要",
  "会议时间为九月十二日下午两点，地点在三楼大会议室，参会人员包括产品、研发、测试和市场四个部门的负责人。",
  "张伟首先回顾了上一季度的工作。新版本按计划在七月底发布，用户活跃度比上季度提高了百分之十八，但是客户投诉主要集中在导出功能和移动端的加载速度上。",
  "李娜负责用户调研。她计划在十月上旬访谈二十位企业客户，重点了解他们对权限管理和数据安全的需求，并在十月二十日之前提交调研报告。",
  "王强认为服务器成本过高，建议把部分计算任务迁移到夜间批处理，预计每月可以节省百分之三十的费用。研发部门将在下周给出详细的迁移方案和风险评估。",
  "会议决定：第四季度的重点是提升系统稳定性，暂缓开发新的社交功能。测试团队需要在发布前完成全部回归测试，发现的严重问题必须在两个工作日内修复。",
  "下次会议定于十月九日召开，由陈静负责准备会议材料。",
];

export const EN_PAGE = [
  "Quarterly Planning Meeting: Notes",
  "The meeting was held on September 12 in the main conference room. Leads from product, engineering, quality assurance and marketing attended.",
  "Alice reviewed the last quarter. The new release shipped at the end of July as planned, and weekly active users grew by eighteen percent. Most customer complaints were about the export feature and slow loading on mobile devices.",
  "Bob will interview twenty enterprise customers in early October. He will focus on permission management and data security, and he will send the research report before October 20.",
  "Carol said that server costs are too high. She proposed moving some batch jobs to the night shift, which should save about thirty percent of the monthly bill. Engineering will present a detailed migration plan and a risk assessment next week.",
  "Decision: the fourth quarter focuses on stability, and the new social features are postponed. Quality assurance must finish all regression tests before the release, and every severe bug must be fixed within two working days.",
  "The next meeting is on October 9. David will prepare the materials.",
];
