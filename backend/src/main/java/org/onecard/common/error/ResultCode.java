package org.onecard.common.error;

/**
 * The one catalogue of result codes. Each number is given once and never renumbered or reused:
 * HTTP problem details, terminal replies (via {@link #isoResponse}) and the UIs' messages all
 * speak it. Add new codes at the end of their group.
 */
public enum ResultCode {
    OK(0, 200, "00", "成功", "OK"),
    MALFORMED_REQUEST(1000, 400, "30", "请求格式错误", "Malformed request"),
    VALIDATION_FAILED(1001, 400, "30", "输入校验失败", "Validation failed"),
    NOT_FOUND(1002, 404, "30", "资源不存在", "Not found"),
    METHOD_NOT_ALLOWED(1003, 405, "30", "不支持的请求方法", "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(1004, 415, "30", "不支持的内容类型", "Unsupported media type"),
    PAYLOAD_TOO_LARGE(1005, 413, "30", "请求内容过大", "Payload too large"),
    IDEMPOTENCY_KEY_REQUIRED(1006, 400, "30", "缺少幂等键", "Idempotency key required"),
    IDEMPOTENCY_CONFLICT(1007, 409, "94", "幂等键已用于内容不同的请求", "Idempotency key already used for a different request"),
    TOO_MANY_ITEMS(1008, 400, "30", "超出数量上限", "Too many items"),
    UNAUTHENTICATED(2001, 401, "63", "请先登录", "Authentication required"),
    TOKEN_EXPIRED(2002, 401, "63", "登录已过期", "Session expired"),
    TOKEN_INVALID(2003, 401, "63", "登录凭证无效", "Invalid token"),
    BAD_CREDENTIALS(2004, 401, "55", "用户名或密码错误", "Wrong username or password"),
    ACCOUNT_LOCKED(2005, 423, "75", "账户已锁定，请稍后再试", "Account locked, try again later"),
    SECOND_FACTOR_REQUIRED(2006, 401, "55", "请刷操作员卡", "Operator card required"),
    SECOND_FACTOR_INVALID(2007, 401, "55", "操作员卡不匹配", "Operator card does not match"),
    REFRESH_TOKEN_INVALID(2008, 401, "63", "刷新凭证无效，请重新登录", "Invalid refresh token, please sign in again"),
    REFRESH_TOKEN_REUSED(2009, 401, "63", "刷新凭证被重复使用，已注销该会话", "Refresh token reused; the session was revoked"),
    FORBIDDEN(2010, 403, "57", "没有权限", "Permission denied"),
    ACCOUNT_DISABLED(2011, 403, "62", "账户已停用", "Account disabled"),
    INSUFFICIENT_FUNDS(3001, 422, "51", "余额不足", "Insufficient balance"),
    ACCOUNT_NOT_FOUND(3002, 404, "14", "账户不存在", "Account not found"),
    INVALID_AMOUNT(3003, 400, "13", "金额无效", "Invalid amount"),
    SAME_ACCOUNT(3004, 400, "12", "转出与转入账户相同", "Debit and credit account are the same"),
    UNIT_MISMATCH(3005, 400, "12", "账户计量单位不一致", "Accounts use different units"),
    AMOUNT_OVERFLOW(3006, 422, "13", "金额超出范围", "Amount out of range"),
    ACCOUNT_NOT_DIRECTLY_POSTABLE(3007, 422, "12", "该账户不能直接调账", "This account cannot be adjusted by hand"),
    ORG_UNIT_CODE_TAKEN(4001, 409, "12", "部门编号已被使用", "Department code already in use"),
    ORG_UNIT_LIMIT_REACHED(4002, 409, "12", "此处不能再增加下级部门", "No more sub-departments can be added here"),
    ORG_UNIT_NOT_EMPTY(4003, 409, "12", "部门下仍有下级部门或人员", "Department still has sub-departments or people"),
    EMPLOYEE_NO_TAKEN(4004, 409, "12", "工号已被使用（含离职人员）", "Employee number already used, including by resigned people"),
    EMPLOYEE_NO_EXHAUSTED(4005, 409, "12", "该长度的工号已用尽", "No employee numbers left at this length"),
    PERSON_NOT_RESIGNED(4006, 409, "12", "该人员未离职", "The person has not resigned"),
    GROUP_IN_USE(4007, 409, "12", "分组下仍有人员", "The group still has people"),
    GROUP_RULE_OVERLAP(4008, 409, "12", "交易规则时段与已有规则重叠", "The rule's time window overlaps another rule"),
    MERCHANT_HAS_OUTLETS(4009, 409, "12", "商户下仍有餐厅", "The merchant still has outlets"),
    OUTLET_IN_USE(4010, 409, "12", "餐厅已有交易或设备，不能删除", "The outlet has transactions or terminals"),
    PARAMETER_LOCKED(5001, 409, "12", "已有卡片发行，该参数不能再修改", "Cards exist; this parameter can no longer change"),
    CARD_TYPE_IN_USE(5002, 409, "12", "卡类正在使用，不能删除", "The card type is in use and cannot be deleted"),
    NAME_TAKEN(5003, 409, "12", "名称已被使用", "The name is already in use"),
    CARD_STATE_FORBIDS(5004, 409, "12", "卡片当前状态不允许此操作", "The card's state does not allow this"),
    CARD_LOST(5005, 409, "41", "卡片已挂失", "The card is reported lost"),
    CARD_FROZEN(5006, 409, "62", "卡片已冻结", "The card is frozen"),
    CARD_CANCELLED(5007, 409, "62", "卡片已注销", "The card is cancelled"),
    CARD_REPLACED(5008, 409, "62", "卡片已补办，旧卡不能使用", "The card was replaced by a reissued card"),
    CARD_EXPIRED(5009, 409, "54", "卡片已过期", "The card has expired"),
    LOST_CARD_REFUNDED(5010, 409, "12", "挂失卡已退款，不能解挂", "The lost card was refunded and cannot be unlost"),
    SERIAL_TAKEN(5011, 409, "12", "该物理卡号已被其他卡使用", "This card serial belongs to another card"),
    CARD_NO_TAKEN(5012, 409, "12", "卡号已被使用（卡号永不重复使用）", "This card number was used before and is never reused"),
    BALANCE_ABOVE_MAXIMUM(5013, 422, "61", "充值后余额超过最大卡余额", "The balance would exceed the maximum card balance"),
    ABOVE_SINGLE_RECHARGE_LIMIT(5014, 422, "61", "超过单笔充值限额", "Above the single-recharge limit"),
    PERSON_NOT_ACTIVE(5015, 409, "12", "人员已离职", "The person has left (resigned library)"),
    RECHARGE_AT_ISSUE_NOT_ALLOWED(5016, 422, "12", "系统不允许发卡时充值", "Recharge at issue is not allowed"),
    PERSON_HAS_CARD(5017, 409, "12", "该人员已有可用卡片，请挂失补办", "The person already holds a card; use loss and reissue"),
    SUBSIDY_PENDING(5018, 409, "12", "该人员有尚未领取的补贴，请先下发或删除", "The person has subsidies not yet received; distribute or delete them first"),
    SUBSIDY_STATE_FORBIDS(5019, 409, "12", "补贴当前状态不允许此操作", "The subsidy's state does not allow this"),
    SUBSIDY_EXPIRY_INVALID(5020, 422, "12", "补贴到期日已过或超出补贴月份", "The subsidy would already be expired (or is outside its month)"),
    CONSUMPTION_ALREADY_CORRECTED(5021, 409, "12", "该笔消费已更正过", "This consumption was already corrected"),
    CORRECTION_WINDOW_PASSED(5022, 409, "12", "已超过更正期限", "The correction window has passed"),
    SUPPLEMENT_TIME_INVALID(5023, 422, "12", "补单时间无效（不能是将来，也不能太久以前）", "The supplementary entry's time is in the future or too long ago"),
    FACE_PHOTO_INVALID_FORMAT(5040, 422, "30", "照片须为 JPEG 或 PNG 格式", "The photo must be a JPEG or PNG image"),
    FACE_PHOTO_TOO_LARGE(5041, 422, "30", "照片须大于 0 且不超过 50 KB", "The photo must be more than 0 and at most 50 KB"),
    FACE_PHOTO_UNREADABLE(5042, 422, "30", "照片无法解码（文件损坏或不完整）", "The photo cannot be decoded (damaged or incomplete)"),
    FACE_PHOTO_BAD_DIMENSIONS(5043, 422, "30", "照片尺寸不符合人脸照片要求", "The photo's size or shape is not that of a face photo"),
    FACE_PHOTO_TYPE_MISMATCH(5044, 422, "30", "照片声明的类型与内容不符", "The photo's declared type does not match its content"),
    FACE_NOT_FOUND(5045, 404, "14", "没有该人脸照片", "No such face photo"),
    PERSON_HAS_NO_CARD(5046, 404, "14", "该人员没有可用卡片", "The person holds no card in use"),
    CREDENTIAL_AMBIGUOUS(5047, 409, "14", "输入同时匹配多张卡片，请使用明确的格式", "The input matches more than one card; use an explicit form"),
    FACE_IMPORT_NAME_INVALID(5048, 422, "30", "照片文件名须为工号加 .jpg/.jpeg/.png，且不含目录", "The file name must be an employee number with .jpg, .jpeg or .png, and no folder"),
    IMPORT_CHANGED_MEANWHILE(5050, 409, "12", "数据在校验后发生变化，整个文件未导入，请重新上传",
            "The data changed after validation; nothing was imported, upload the file again"),
    IMPORT_NOT_FINISHED(5051, 409, "12", "导入尚未完成", "The import has not finished"),
    IMPORT_BUSY(5052, 429, "91", "正在进行的导入过多，请稍后再试", "Too many imports are running; try again shortly"),
    MACHINE_NO_TAKEN(5070, 409, "12", "机号已被其他设备使用", "Another terminal already has this machine number"),
    TERMINAL_SERIAL_TAKEN(5071, 409, "12", "设备序列号已被其他设备使用", "Another terminal already has this serial number"),
    TERMINAL_HAS_TRANSACTIONS(5072, 409, "12", "设备已有交易，不能删除（可停用）", "The terminal has transacted and cannot be deleted; disable it instead"),
    TERMINAL_DISABLED(5080, 403, "58", "终端已停用", "The terminal is disabled"),
    WRONG_TERMINAL_PURPOSE(5081, 422, "58", "该终端的用途不支持此交易", "The terminal's purpose does not allow this transaction"),
    CARD_NOT_ON_WHITELIST(5082, 404, "14", "卡片不在白名单中", "The card is not on the whitelist"),
    OUTSIDE_MEAL_PERIOD(5083, 422, "57", "非消费时段", "Outside every meal period"),
    MEAL_NOT_ALLOWED(5084, 422, "57", "该卡类不能在本餐别消费", "The card type may not pay in this meal period"),
    TERMINAL_NOT_ALLOWED(5085, 422, "57", "该卡类无权在此终端消费", "The card type may not pay on this terminal"),
    MODE_ENTRY_INVALID(5086, 422, "12", "交易数据不符合终端工作模式", "The entry does not fit the terminal's work mode"),
    WORK_MODE_NOT_SET_UP(5087, 422, "12", "终端工作模式未设置此时的金额", "The terminal's work mode has no amount set for this time"),
    KEY_NOT_SET(5088, 422, "12", "该键未设置金额", "No amount is set for this key"),
    ABOVE_PER_TRANSACTION_MAX(5089, 422, "61", "超过单笔限额，请输入超额密码", "Above the per-transaction maximum; the overdraft password is required"),
    OVERDRAFT_PASSWORD_WRONG(5090, 422, "55", "超额密码错误", "Wrong overdraft password"),
    COUNT_LIMIT_REACHED(5091, 422, "65", "已达消费次数上限", "The count limit is reached"),
    AMOUNT_LIMIT_REACHED(5092, 422, "61", "已达消费金额上限", "The amount limit is reached"),
    SAME_CARD_TOO_SOON(5093, 409, "94", "同一张卡刷卡间隔过短", "The same card again within the interval"),
    BELOW_MINIMUM_BALANCE(5094, 422, "51", "消费后余额低于卡类最低余额", "The balance would fall below the card type's minimum"),
    TRANSACTION_REVERSED(5100, 409, "12", "原交易已被冲正", "The transaction was reversed before it arrived"),
    OFFLINE_FILE_INVALID(5101, 422, "30", "脱机记录文件格式有误", "The offline record file does not read"),
    OFFLINE_FILE_MAC_WRONG(5102, 422, "63", "脱机记录文件校验码错误（文件被改动或不是该终端导出的）", "The offline record file's MAC is wrong (changed, or not exported by that terminal)"),
    OFFLINE_FILE_TERMINAL_UNKNOWN(5103, 422, "03", "脱机记录文件中的终端未登记", "The offline record file names no registered terminal"),
    PRODUCT_NOT_FOUND(5110, 422, "12", "本餐厅没有该条码的商品", "The outlet sells no product with this barcode"),
    PRODUCT_BARCODE_TAKEN(5111, 409, "12", "本餐厅已有该条码的商品", "The outlet already has a product with this barcode"),
    LIST_VERSION_UNKNOWN(5120, 409, "25", "终端名单版本高于服务器最新版本，请清空名单后从版本 0 重新下载",
            "The terminal's list version is beyond the server's latest; empty the list and download it again from version 0"),
    LIST_UNKNOWN(5121, 422, "12", "没有该名单", "No such list"),
    MONITOR_BUSY(5122, 429, "91", "打开的实时监控过多，请稍后再试", "Too many live monitors are open; try again shortly"),
    OPERATOR_NOT_FOUND(5130, 404, "12", "该终端没有此操作员，或操作员已停用", "The terminal has no such operator, or the operator is disabled"),
    OPERATOR_PASSWORD_WRONG(5131, 422, "55", "操作员密码错误", "The operator's password is wrong"),
    OPERATOR_LOCKED(5132, 423, "75", "操作员密码连续错误三次已锁定，请卡务中心重置密码",
            "The operator is locked after three wrong passwords; the card centre resets the password"),
    OPERATOR_NUMBER_TAKEN(5133, 409, "12", "该终端已有此编号的操作员", "The terminal already has an operator with this number"),
    SALE_NOT_FOUND(5134, 404, "25", "本终端没有可撤销的该笔消费", "This terminal has no such sale left to void"),
    VOID_NOT_SAME_DAY(5135, 422, "12", "只能撤销当天（同一账务日）的消费，其他请冲账", "Only a sale of the same accounting day can be voided; correct older ones at the card centre"),
    VOID_AMOUNT_MISMATCH(5136, 422, "64", "撤销金额与原消费金额不符", "The void's amount differs from the sale's"),
    CARD_PIN_REQUIRED(5137, 422, "55", "该卡类消费须输入持卡人密码", "The card type requires the cardholder's PIN"),
    CARD_PIN_WRONG(5138, 422, "55", "持卡人密码错误", "The cardholder's PIN is wrong"),
    NOT_ADMIN_CARD(5139, 422, "57", "该卡不是登记的管理卡", "The card is not a registered admin card"),
    NOT_A_RECHARGE_TERMINAL(5140, 422, "58", "该终端不能办理此项充值或退款（用途不符）", "This terminal's purpose does not allow this recharge or cash-out"),
    RECHARGE_NOT_WHOLE_YUAN(5141, 422, "13", "充值机只收整元金额", "A recharge POS takes whole yuan only"),
    RECHARGE_OPERATOR_NOT_SIGNED_ON(5142, 409, "58", "请先用操作员授权卡签到", "Sign on with an operator authorisation card first"),
    NOT_AUTHORISATION_CARD(5143, 422, "57", "该卡不是已绑定操作员的授权卡", "The card is not an operator authorisation card bound to an operator"),
    RECHARGE_SPENT(5144, 409, "51", "充值款已被消费，余额不足以冲正", "The recharged money was spent; the balance no longer covers the reversal"),
    RECHARGE_NOT_FOUND(5145, 404, "25", "没有该笔已入账的充值", "No such booked recharge"),
    WRITE_FAILURE_NOT_OPEN(5146, 409, "12", "该写卡失败记录不存在或已修复", "No such unrepaired card-write failure"),
    PROMOTION_OVERLAPS(5147, 409, "12", "与已有优惠规则的金额档位和日期重叠", "The promotion's amount tier and dates overlap another rule's on a shared channel"),
    AUTHORISATION_CARD_TAKEN(5148, 409, "12", "该授权卡或操作员已有绑定", "The card, or the operator, is already bound to another"),
    OPERATOR_NOT_SIGNED_ON(5149, 403, "58", "该终端设有收银员，须先签到才能消费", "This terminal has cashiers: one must sign on before a sale"),
    PAY_CODE_FORGED(5150, 422, "59", "付款码无效（不是本系统签发的）", "The pay code is not one this system issued"),
    PAY_CODE_EXPIRED(5151, 422, "54", "付款码已过期，请刷新后再扫", "The pay code has expired; refresh it and scan again"),
    PAY_CODE_USED(5152, 409, "94", "付款码已使用过，请刷新后再扫", "The pay code was used already; refresh it and scan again"),
    PAY_CODE_SUPERSEDED(5153, 409, "54", "付款码已被更新的付款码取代", "A newer pay code replaced this one"),
    MICROPAY_CODE_INVALID(5160, 422, "14", "微信/支付宝付款码无效，请付款人刷新后再扫", "The gateway says the WeChat / Alipay payment code is not valid"),
    MICROPAY_CODE_EXPIRED(5161, 422, "54", "微信/支付宝付款码已过期，请付款人刷新后再扫", "The gateway says the payment code has expired"),
    MICROPAY_INSUFFICIENT(5162, 422, "51", "付款人微信/支付宝余额不足", "The payer's WeChat / Alipay balance does not cover the amount"),
    MICROPAY_DECLINED(5163, 422, "05", "支付网关拒绝了此笔付款码支付", "The gateway declined the payment-code payment"),
    MICROPAY_NOT_CONFIRMED(5164, 422, "05", "付款人未在时限内确认支付，已撤销", "The payer did not confirm on the phone in time; the payment was cancelled"),
    MICROPAY_GATEWAY_FAILED(5165, 502, "96", "支付网关无法访问或应答无法验证，未扣款", "The gateway could not be reached or its answer did not verify; nothing was charged"),
    PAYMENT_CHANNEL_UNAVAILABLE(6000, 503, "91", "该支付渠道未开通", "This payment channel is not set up"),
    PAYMENT_ORDER_STATE_FORBIDS(6001, 409, "12", "支付订单当前状态不允许此操作", "The payment order's state does not allow this"),
    PAYMENT_GATEWAY_FAILED(6002, 502, "91", "支付网关暂时无法处理，请稍后再试", "The payment gateway could not be reached or refused; try again"),
    NOTIFICATION_SIGNATURE_INVALID(6003, 401, "63", "支付通知签名无效", "The payment notification's signature does not verify"),
    NOTIFICATION_STALE(6004, 401, "63", "支付通知时间戳超出 5 分钟", "The payment notification's timestamp is more than 5 minutes off"),
    NOTIFICATION_MISMATCH(6005, 422, "12", "支付通知与订单不符（金额、应用或商户）", "The notification does not match the order (amount, app or merchant)"),
    NOTIFICATION_UNREADABLE(6006, 400, "30", "支付通知格式有误", "The payment notification does not read"),
    REFUND_AMOUNT_INVALID(6007, 422, "13", "退款金额超过订单可退金额", "The refund is more than the order has left to refund"),
    TOO_MANY_OPEN_ORDERS(6008, 429, "65", "未完成的支付订单过多，请先完成或等待关闭", "Too many unfinished payment orders; finish one or wait for it to close"),
    STATEMENT_UNAVAILABLE(6009, 404, "14", "该日对账单尚不可用", "The gateway statement for that day is not available"),
    NEW_PASSWORD_TOO_WEAK(6010, 400, "30", "新密码至少 6 位", "The new password must have at least 6 characters"),
    NEW_PASSWORD_UNCHANGED(6011, 400, "30", "新密码不能与原密码相同", "The new password must differ from the old one"),
    OLD_PASSWORD_WRONG(6012, 422, "55", "原密码错误", "The old password is wrong"),
    PASSWORD_CHANGE_REQUIRED(6013, 403, "57", "请先修改初始密码", "Set your own password first"),
    PAY_MODE_NOT_FOR_CHANNEL(6020, 422, "12", "该支付渠道不支持此支付方式", "This payment channel does not offer that pay mode"),
    PAYER_ADDRESS_UNKNOWN(6021, 422, "12", "无法确定付款手机的网络地址，请改用二维码支付", "The paying phone's network address is unknown; pay by QR code instead"),
    OPENID_REQUIRED(6022, 422, "12", "微信内支付需要付款人的 openid", "WeChat JSAPI pay needs the payer's openid"),
    WECHAT_OAUTH_UNAVAILABLE(6030, 503, "91", "未配置微信公众号网页授权", "WeChat web sign-in (OAuth) is not set up"),
    WECHAT_OAUTH_STATE_INVALID(6031, 403, "63", "微信授权的 state 无效、已过期或不属于当前登录", "The WeChat OAuth state is invalid, expired or not this sign-in's"),
    WECHAT_OAUTH_CODE_REJECTED(6032, 422, "12", "微信拒绝了授权 code（无效或已使用），请重新授权", "WeChat refused the OAuth code (invalid or already used); authorize again"),
    WECHAT_OAUTH_FAILED(6033, 502, "91", "微信网页授权服务暂时无法访问", "WeChat's OAuth service could not be reached"),
    WECHAT_OAUTH_RETURN_INVALID(6034, 400, "30", "授权后返回的页面必须是本站 /h5/ 下的地址", "The page to return to after OAuth must be a path under /h5/"),
    PERIOD_CLOSED(7001, 409, "12", "该会计月份已封账，不能再记入", "The accounting month is closed to postings"),
    PERIOD_MONTH_INVALID(7002, 400, "30", "月份应为 YYYY-MM", "The month must be YYYY-MM"),
    PERIOD_ALREADY_CLOSED(7003, 409, "12", "该月份已封账", "The month is already closed"),
    PERIOD_NOT_CLOSED(7004, 409, "12", "该月份未封账，无需反封账", "The month is not closed"),
    PERIOD_PREVIOUS_OPEN(7005, 409, "12", "上月尚未封账", "The previous month is not closed yet"),
    PERIOD_NOT_ENDED(7006, 409, "12", "该月份尚未结束，不能封账", "The month has not ended yet"),
    PERIOD_UNBALANCED(7007, 409, "12", "月结账单不平，不能封账", "The monthly statement does not balance"),
    PERIOD_LATER_CLOSED(7008, 409, "12", "之后的月份已封账，请先反封账最近的月份", "A later month is closed; reopen the latest one first"),
    REPORT_RANGE_INVALID(7020, 400, "30", "报表日期范围无效：起止日期必填，起始不晚于截止，最长 366 天", "The report's date range is invalid: from and to are required, from ≤ to, at most 366 days"),
    REPORT_OUTLET_OUT_OF_SCOPE(7021, 403, "57", "所选营业点不在您的管辖范围内", "An outlet you chose is outside your outlet scope"),
    DETAILS_KIND_UNKNOWN(7040, 400, "30", "明细类别无效：应为 RECHARGE、CONSUMPTION、SUPPLEMENT、CORRECTION、REFUND、CARD_RETURN、CARD_COST、SUBSIDY 之一", "Unknown details kind: RECHARGE, CONSUMPTION, SUPPLEMENT, CORRECTION, REFUND, CARD_RETURN, CARD_COST or SUBSIDY"),
    DETAILS_PAGE_INVALID(7041, 400, "30", "明细分页无效：offset 不小于 0，limit 为 1 至 500", "Invalid details page: offset 0 or more, limit 1 to 500"),
    DETAILS_FILTER_INVALID(7042, 400, "30", "明细筛选条件无效：编号应为正数，文字不超过 32 个字符", "Invalid details filter: ids must be positive, texts at most 32 characters"),
    RECONCILIATION_MERCHANT_UNKNOWN(7050, 404, "25", "没有该商户", "No such merchant"),
    RECONCILIATION_OUTLET_UNKNOWN(7051, 404, "25", "没有该营业点", "No such outlet"),
    RECONCILIATION_OUTLET_NOT_OF_MERCHANT(7052, 400, "30", "所选营业点不属于该商户", "An outlet you chose does not belong to the merchant"),
    FLEET_CODE_TAKEN(8000, 409, "12", "车队编号已存在", "A fleet company with that code already exists"),
    FLEET_CODE_FIXED(8001, 409, "12", "车队编号创建后不能修改", "A fleet company's code cannot change once created"),
    FLEET_UNKNOWN(8002, 422, "12", "所选车队不存在", "The fleet company chosen does not exist"),
    FLEET_DISABLED(8003, 422, "12", "车队已停用，不能加入车辆", "The fleet company is disabled and takes no vehicles"),
    FLEET_HAS_VEHICLES(8004, 409, "12", "车队仍有车辆，不能删除", "The fleet company still has vehicles"),
    PLATE_INVALID(8005, 400, "30", "车牌号格式不正确", "The plate is not a Chinese vehicle plate"),
    PLATE_TAKEN(8006, 409, "12", "该车牌号已登记", "A vehicle with that plate is already registered"),
    DRIVER_ID_INVALID(8007, 400, "30", "驾驶员身份证号无效（格式或校验位不符）", "The driver's ID number is invalid (shape or check digit)"),
    CYLINDER_DATE_SEPARATE(8008, 409, "12", "钢瓶检验日期只能通过“变更钢瓶检验日期”修改", "The cylinder inspection date changes only through its own act"),
    VEHICLE_HAS_CARDS(8009, 409, "12", "车辆仍绑定卡片，不能删除", "Cards are still bound to the vehicle"),
    CARD_NOT_BINDABLE(8010, 409, "12", "只有正常、挂失或冻结的卡能绑定车辆", "Only a normal, lost or frozen card can be bound to a vehicle"),
    CYLINDER_INSPECTION_OVERDUE(8011, 422, "82", "钢瓶检验已过期", "The vehicle's cylinder inspection is overdue"),
    CARD_ON_OTHER_VEHICLE(8012, 409, "12", "该卡已绑定其他车辆，请先解绑", "The card is bound to another vehicle; unbind it first"),
    VEHICLE_CHANGED_MEANWHILE(8013, 409, "12", "车辆的钢瓶检验日期已被他人修改，请刷新后重试", "The vehicle's cylinder inspection date changed meanwhile; read it again"),
    POINTS_RATE_INVALID(8020, 400, "30", "积分比例须为每元 1 至 1000 分", "The accrual rate must be 1 to 1000 points per yuan"),
    POINTS_OUTLET_UNKNOWN(8021, 422, "12", "所选网点不存在", "The outlet chosen does not exist"),
    POINTS_INSUFFICIENT(8022, 422, "51", "积分不足", "Not enough points"),
    POINTS_AMOUNT_INVALID(8023, 400, "30", "兑换积分须为 1 至 100000000 的整数", "Points to spend must be a whole number from 1 to 100000000"),
    POINTS_PERSON_UNKNOWN(8024, 422, "14", "持卡人不存在", "The cardholder does not exist"),
    POINTS_REDEMPTION_NOT_FOUND(8025, 404, "25", "积分兑换记录不存在", "No such points redemption"),
    POINTS_REDEMPTION_VOIDED(8026, 409, "12", "该积分兑换已撤销", "The points redemption was voided already"),
    POINTS_PERIOD_INVALID(8027, 400, "30", "日期范围无效（起始不晚于结束，最多 366 天）", "The period is invalid (from not after to, at most 366 days)"),
    FUEL_PRICE_INVALID(8040, 400, "30", "油气价格无效：价格级别 0–2，单价为 1 至 10000000 分，生效时间必填", "Invalid fuel price: level 0 to 2, unit price 1 to 10000000 fen, effective time required"),
    FUEL_PRICE_MISSING(8041, 422, "12", "该站点此价格级别当时没有生效的价格", "The station has no price in effect for the card's level at that time"),
    FUEL_CREDIT_LIMIT_EXCEEDED(8042, 422, "61", "超出记账额度", "The sale would take the card beyond its credit limit"),
    FUEL_VOLUME_INSUFFICIENT(8043, 422, "51", "预购气量不足", "Not enough prepaid volume on the card"),
    FUEL_CARD_GREY(8044, 409, "62", "灰卡：该卡有未完成的加气记录，需先解灰", "Grey card: an interrupted fuel sale is pending; unlock it first"),
    FUEL_NOZZLE_INVALID(8045, 400, "12", "枪号无效（应为 1 至 99）", "Unknown nozzle (1 to 99)"),
    FUEL_MODE_MISMATCH(8046, 409, "12", "该操作不适用于此卡的计费方式", "The act does not fit the card's mode"),
    FUEL_MODE_CHANGE_BLOCKED(8047, 409, "12", "卡内尚有预购气量或记账额度，不能更改计费方式", "The card still has prepaid volume or a credit limit; the mode cannot change"),
    FUEL_PROFILE_INVALID(8048, 400, "30", "计费方式或价格级别无效", "Invalid card mode or price level"),
    FUEL_VOLUME_INVALID(8049, 400, "30", "气量或金额无效（正整数，气量以 0.01 为单位，至多 100000000）", "Invalid volume or amount (a positive whole number of hundredths, at most 100000000)"),
    FUEL_NOTHING_TO_CLEAR(8050, 409, "12", "该卡没有待清零的记账额", "The card has no credit usage to clear"),
    FUEL_LOCK_NOT_PENDING(8051, 409, "12", "该灰锁记录已处理或不存在", "The lock is not pending (applied already, or no such lock)"),
    FUEL_CREDIT_LIMIT_BELOW_USAGE(8052, 409, "12", "记账额度不能低于已用额，请先清零", "The credit limit cannot go below the usage; clear it first"),
    FUEL_REPORT_GROUP_INVALID(8053, 400, "30", "汇总方式无效：应为 PLATE、FLEET、CARD_TYPE、CARD_MODE 之一", "Unknown grouping: PLATE, FLEET, CARD_TYPE or CARD_MODE"),
    FUEL_CARD_CHANGED_MEANWHILE(8054, 409, "12", "该卡的记账额度已被他人修改，请刷新后重试", "The card's credit limit changed meanwhile; read it again"),
    NOZZLE_TERMINAL_NOT_DISPENSER(8060, 422, "12", "该终端不是加油机，不能设置油枪", "Only a dispenser terminal has nozzles"),
    NOZZLE_NUMBER_TAKEN(8061, 409, "12", "该加油机已有此枪号", "The dispenser already has a nozzle with that number"),
    NOZZLE_UNKNOWN(8062, 422, "12", "该加油机没有此油枪，或油枪已停用", "The dispenser has no such nozzle, or it is disabled"),
    SHIFT_TEAM_CODE_TAKEN(8063, 409, "12", "班组编号已存在", "A shift team with that code already exists"),
    SHIFT_TEAM_NOT_FOUND(8064, 404, "12", "班组不存在", "No such shift team"),
    NOT_A_SHIFT_CARD(8065, 422, "12", "不是可用的班组卡", "The card is not a usable shift card"),
    SHIFT_CARD_IN_OTHER_TEAM(8066, 409, "12", "该班组卡已属于其他班组", "The shift card belongs to another team"),
    SHIFT_CARD_NO_TEAM(8067, 422, "12", "该班组卡不属于本站的班组", "The shift card is in no team of this station"),
    HANDOVER_READING_BACKWARDS(8068, 422, "13", "交班读数小于接班读数", "An end reading is below the shift's start reading"),
    HANDOVER_NOT_ON_SHIFT(8069, 409, "12", "交班卡不是该油枪的当班卡", "The outgoing card is not on shift at that nozzle"),
    HANDOVER_SHIFT_OPEN(8070, 409, "12", "该油枪仍在班，须由当班卡交班", "The nozzle is on shift; its card must hand it over"),
    NOZZLE_ON_SHIFT(8071, 409, "12", "油枪仍在班，交班后才能停用", "The nozzle is on shift; hand it over before disabling it"),
    SITE_UNKNOWN(8080, 401, "63", "未登记的站点", "This site is not registered at the centre"),
    SITE_SIGNATURE_INVALID(8081, 401, "63", "站点请求签名无效或已过期", "The site request's signature is wrong or too old"),
    SITE_RECORD_CONFLICT(8082, 409, "94", "站点记录与中心已收的同号记录内容不同", "A site record differs from the one the centre took under the same number or key"),
    SITE_RECORD_GAP(8083, 409, "12", "站点记录不连续，缺少前面的记录", "The site records skip a number the centre has not taken"),
    SITE_NOT_CENTRE(8084, 404, "12", "本实例不是数据中心", "This instance is not a centre"),
    INTERNAL_ERROR(9000, 500, "96", "系统内部错误", "Internal error"),
    SERVICE_UNAVAILABLE(9001, 503, "91", "服务暂不可用", "Service unavailable");

    private final int code;
    private final int httpStatus;
    private final String isoResponse;
    private final String titleZh;
    private final String titleEn;

    ResultCode(int code, int httpStatus, String isoResponse, String titleZh, String titleEn) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.isoResponse = isoResponse;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** ISO 8583 field 39 response code a terminal receives for this outcome. */
    public String isoResponse() {
        return isoResponse;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The code with this number; unknown numbers are a bug in stored data. */
    public static ResultCode fromCode(int code) {
        for (ResultCode rc : values()) {
            if (rc.code == code) {
                return rc;
            }
        }
        throw new IllegalArgumentException("No result code " + code);
    }

    /** Stable problem type URI, derived from the name so it never changes with wording. */
    public String typeUri() {
        return "urn:onecard:problem:" + name().toLowerCase().replace('_', '-');
    }
}
