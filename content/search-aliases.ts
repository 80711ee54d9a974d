/**
 * Words readers use for what the report calls something else. `says` is the
 * report's own wording (in either language); where a figure's label, unit or
 * phrase says it, as whole words, the figure is also found by `alsoCalled`.
 */
export interface SearchAlias {
  says: string[];
  alsoCalled: string[];
}

export const searchAliases: SearchAlias[] = [
  { says: ['aluminum', '铝'], alsoCalled: ['aluminium'] },
  { says: ['recycled aluminum', '再生铝'], alsoCalled: ['recycled aluminium'] },
  { says: ['R&D', 'research and development'], alsoCalled: ['研发'] },
  { says: ['expenses', '费用', '研发费用'], alsoCalled: ['expenditure', 'spending', 'spend', 'investment', 'R&D investment', 'R&D spending', '研发投入', '研发支出'] },
  { says: ['yuan', '元'], alsoCalled: ['CNY', 'RMB', 'renminbi', '人民币'] },
  { says: ['personnel', '人员'], alsoCalled: ['staff', 'employees', 'headcount', 'engineers', 'researchers', 'people', '员工'] },
  { says: ['workforce', '劳动力'], alsoCalled: ['employees', 'staff', '员工总数'] },
  { says: ['GJ', 'gigajoules', '吉焦'], alsoCalled: ['gigajoule'] },
  { says: ['kilowatt hours', 'kWh', '千瓦时'], alsoCalled: ['kilowatt-hours', 'kilowatt hour', '度电'] },
  { says: ['tCO2e', 'carbon dioxide equivalent', '二氧化碳当量'], alsoCalled: ['CO2', 'CO2e', 'carbon dioxide', 'emissions', 'carbon', 'GHG', 'greenhouse gas', '二氧化碳', '碳排放', '减排'] },
  { says: ['photovoltaic', '光伏'], alsoCalled: ['PV', 'solar', '太阳能'] },
  { says: ['green electricity', '绿色电力'], alsoCalled: ['green power', 'renewable electricity', 'renewable energy', '绿电'] },
  { says: ['more than 10 times', '超过10倍'], alsoCalled: ['tenfold', 'ten times', '10x', '十倍'] },
  { says: ['data subject requests', 'DSRs', '数据主体请求'], alsoCalled: ['data subject request', 'DSR'] },
  { says: ['GDPR', '通用数据保护条例'], alsoCalled: ['General Data Protection Regulation'] },
  { says: ['EPS', '发泡聚苯乙烯'], alsoCalled: ['expanded polystyrene', 'polystyrene', 'styrofoam', '泡沫'] },
  { says: ['PCR', '消费后回收'], alsoCalled: ['post consumer recycled', 'post-consumer recycled', 'recycled plastic', '再生塑料'] },
  { says: ['trade in', '以旧换新'], alsoCalled: ['trade-in', 'tradein'] },
  { says: ['second-hand', '二手'], alsoCalled: ['second hand', 'used', 'pre-owned', 'refurbished'] },
  { says: ['smartphones', '智能手机'], alsoCalled: ['phones', 'mobile phones', 'handsets', '手机'] },
  { says: ['heat recovery', 'RTO', '热量回收'], alsoCalled: ['waste heat', 'waste heat recovery', 'regenerative thermal oxidizer', '余热回收', '蓄热式热氧化器'] },
  { says: ['ISO 27001', 'ISO 27701', '认证'], alsoCalled: ['certification', 'certified', 'ISO'] },
  { says: ['rank', '排名'], alsoCalled: ['ranking', 'ranked', 'position'] },
  { says: ['ranked first', '排名第一'], alsoCalled: ['first', '1st', 'top', 'number one', '第一'] },
  { says: ['2nd in China', '中国第2'], alsoCalled: ['second', 'second place', '第二'] },
  { says: ['8th globally', '全球第8'], alsoCalled: ['eighth', '第八'] },
  { says: ['Artificial Intelligence Index', '人工分析智能指数'], alsoCalled: ['AI index', 'Artificial Analysis', '人工智能指数', '智能指数'] },
  { says: ['Paris Agreement', '巴黎协定'], alsoCalled: ['warming target', '1.5 degrees', 'degrees', 'temperature', '升温目标'] },
  { says: ['standby power', '待机功耗'], alsoCalled: ['standby', '待机电力'] },
  { says: ['refrigerator', '冰箱'], alsoCalled: ['fridge'] },
  { says: ['large-scale models', '大型机型'], alsoCalled: ['AI models', 'large models', 'LLM', 'LLMs', 'foundation models', '大模型'] },
  { says: ['principles', '原则'], alsoCalled: ['rules'] },
  { says: ['die cast', '压铸'], alsoCalled: ['die-cast', 'die casting'] },
];
