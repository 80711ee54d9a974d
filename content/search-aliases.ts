/**
 * Words readers use for what the report calls something else. When any word
 * of a group appears in a figure's label, unit or phrase (in either
 * language), the figure is found by every word of the group.
 */
export const searchAliases: string[][] = [
  ['aluminum', 'aluminium', '铝'],
  ['recycled aluminum', 'recycled aluminium', '再生铝'],
  ['R&D', 'RD', 'research and development', 'R and D', '研发'],
  ['expenses', 'expenditure', 'spending', 'R&D investment', 'R&D spending', '费用', '研发投入', '研发费用', '研发支出'],
  ['personnel', 'staff', 'employees', 'headcount', '人员', '员工'],
  ['workforce', 'employees', '劳动力', '员工总数'],
  ['GJ', 'gigajoules', 'gigajoule', '吉焦'],
  ['kWh', 'kilowatt hours', 'kilowatt-hours', 'kilowatt hour', '千瓦时', '度电'],
  ['tCO2e', 'CO2', 'CO2e', 'carbon dioxide', 'carbon dioxide equivalent', 'emissions', '二氧化碳', '二氧化碳当量', '碳排放', '减排'],
  ['photovoltaic', 'PV', 'solar', '光伏', '太阳能'],
  ['green electricity', 'green power', 'renewable electricity', '绿色电力', '绿电'],
  ['data subject request', 'DSR', 'DSRs', 'data subject requests', '数据主体请求'],
  ['GDPR', 'General Data Protection Regulation', '通用数据保护条例'],
  ['EPS', 'expanded polystyrene', 'polystyrene', 'styrofoam', '发泡聚苯乙烯', '泡沫'],
  ['PCR', 'post consumer recycled', 'post-consumer recycled', 'recycled plastic', '消费后回收', '再生塑料'],
  ['trade in', 'trade-in', 'tradein', '以旧换新'],
  ['smartphones', 'phones', 'mobile phones', '手机', '智能手机'],
  ['heat recovery', 'RTO', 'regenerative thermal oxidizer', '热量回收', '蓄热式热氧化器'],
  ['ISO 27001', 'ISO 27701', 'certification', 'certified', '认证'],
  ['ranking', 'rank', 'ranked', '排名'],
  ['Paris Agreement', 'warming target', '1.5 degrees', '巴黎协定', '升温目标'],
  ['standby power', 'standby', '待机功耗', '待机电力'],
  ['refrigerator', 'fridge', '冰箱'],
  ['percent', 'per cent', '%', '百分比'],
];
