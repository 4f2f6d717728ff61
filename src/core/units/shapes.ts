/**
 * What a unit name looks like, for bodies no list can hold: a head word ("Sở", "Phòng", "Trường",
 * "UBND"…) followed by a proper name, an abbreviation, a number, a level ("xã", "huyện"…) or a
 * field from the sector table ("Phòng Văn hóa và Thông tin", "UBND xã Tân Phong", "Trường THCS
 * Nguyễn Du"); or "các" followed by a plural of bodies ("Các phòng chuyên môn"). Such a text is one
 * unit name: unknown to the registry unless listed, but never cut apart.
 *
 * The tables are data, compared on folded words (no diacritics, đ → d, lower case): a new head
 * word or field is a new entry.
 */

/** Words that start the name of a body, an office or a post. */
export const HEAD_WORDS: readonly string[] = [
  // State bodies
  "Sở", "Bộ", "Ban", "Phòng", "Văn phòng", "Trung tâm", "Cục", "Chi cục", "Tổng cục", "Vụ", "Viện",
  "Thanh tra", "Công an", "Bộ Chỉ huy", "Ban Chỉ huy", "Bộ đội", "Đồn", "Tòa án", "Viện Kiểm sát",
  "Kho bạc", "Bảo hiểm xã hội", "Ngân hàng", "Chi nhánh", "Đài", "Báo", "Tạp chí", "Nhà văn hóa",
  "Thư viện", "Bảo tàng", "Ban Quản lý", "Ban Chỉ đạo", "Hội đồng", "Tổ", "Tổ công tác", "Đội",
  "Đoàn", "Đoàn kiểm tra", "Bộ phận", "Trạm", "Hạt", "Công ty", "Tổng công ty", "Hợp tác xã",
  "Doanh nghiệp", "Quỹ",
  // Local government
  "UBND", "Ủy ban nhân dân", "Ủy ban", "HĐND", "Hội đồng nhân dân", "Thường trực",
  // The Party and the Front
  "Đảng ủy", "Đảng bộ", "Chi bộ", "Chi ủy", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Ban Thường vụ",
  "Ban Chấp hành", "BCH", "BTV", "Ủy ban Kiểm tra", "UBKT", "Ủy ban MTTQ", "UBMTTQ", "MTTQ",
  "Mặt trận",
  // Mass organisations
  "Hội", "Liên hiệp", "Liên minh", "Liên đoàn", "LĐLĐ", "Công đoàn", "CĐ", "Chi đoàn", "Liên đội",
  "Chi hội",
  // Schools and hospitals
  "Trường", "Khoa", "Bệnh viện", "Phòng khám", "Trung tâm Y tế", "Trạm Y tế", "Lớp",
  // Posts
  "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Thủ trưởng", "Trưởng", "Phó Trưởng",
  "Hiệu trưởng", "Phó Hiệu trưởng", "Bí thư", "Phó Bí thư", "Tổ trưởng", "Trưởng phòng",
  "Trưởng ban", "Giáo viên", "Cán bộ", "Chánh Văn phòng", "Chánh Thanh tra", "Công chức", "Viên chức",
  "Nhân viên",
];

/** Administrative levels: a head word followed by one names a body ("Công an xã", "UBND các xã"). */
export const LEVEL_WORDS: readonly string[] = [
  "tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "TX", "xã", "phường", "thị trấn", "đặc khu",
  "thôn", "bản", "tổ dân phố", "khu phố", "ấp", "trường", "cơ sở", "ngành", "khu vực",
];

/** Fields of state work: a head word followed by one names a body ("Phòng văn hóa"). */
export const FIELD_WORDS: readonly string[] = [
  "nội vụ", "tư pháp", "tài chính", "kế hoạch", "đầu tư", "xây dựng", "công thương", "thương mại",
  "nông nghiệp", "phát triển nông thôn", "môi trường", "tài nguyên", "giáo dục", "đào tạo", "y tế",
  "khoa học", "công nghệ", "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông",
  "ngoại vụ", "dân tộc", "tôn giáo", "lao động", "thương binh", "xã hội", "giao thông", "vận tải",
  "kinh tế", "hạ tầng", "đô thị", "quản lý đô thị", "tổ chức", "tuyên giáo", "dân vận", "kiểm tra",
  "nội chính", "thi đua", "khen thưởng", "nữ công", "tuyên truyền", "chính sách", "pháp luật",
  "pháp chế", "thanh tra", "quân sự", "công an", "biên phòng", "thuế", "thống kê", "hành chính",
  "hành chính công", "văn phòng", "quản trị", "tổng hợp", "kế toán", "chuyên môn", "mầm non",
  "tiểu học", "trung học", "trung học cơ sở", "trung học phổ thông", "phổ thông", "dân tộc nội trú",
  "dân tộc bán trú", "giáo dục thường xuyên", "đa khoa", "phụ nữ", "nông dân", "cựu chiến binh",
  "chữ thập đỏ", "người cao tuổi", "khuyến học", "thanh niên", "phát thanh", "truyền hình",
  "xúc tiến", "phục vụ", "kiểm soát bệnh tật", "dân số", "an ninh", "quốc phòng", "an toàn",
  "giám hiệu", "đại diện",
];

/** After "các": plurals of bodies ("Các sở", "các phòng chuyên môn", "các đơn vị liên quan"). */
export const PLURAL_BODIES: readonly string[] = [
  "sở", "ban", "ngành", "bộ", "cơ quan", "đơn vị", "địa phương", "phòng", "xã", "phường", "huyện",
  "tổ chức", "đoàn thể", "hội", "trường", "tổ", "chi bộ", "đảng ủy", "đảng bộ", "cấp", "thôn", "bản",
  "khối", "doanh nghiệp", "lớp", "chi đoàn", "liên đội", "công đoàn", "trung tâm", "cơ sở",
  "thành viên", "đồng chí", "giáo viên", "tổ trưởng", "trạm", "bệnh viện",
];

/**
 * How a cell that refers to a document instead of naming units starts: "Theo phân công tại Quyết
 * định số…", "Theo Kế hoạch số…", "Theo chức năng, nhiệm vụ", "Căn cứ…".
 */
export const REFERENCE_STARTS: readonly string[] = [
  "theo phân công", "theo quyết định", "theo kế hoạch", "theo chức năng", "theo nhiệm vụ",
  "theo quy định", "theo thông báo", "theo văn bản", "theo công văn", "theo hướng dẫn",
  "theo chỉ đạo", "theo danh sách", "theo phụ lục", "theo nghị quyết", "theo chỉ thị",
  "theo quy chế", "theo đề án", "theo chương trình", "theo lĩnh vực", "theo thẩm quyền",
  "theo địa bàn", "theo từng", "theo phạm vi", "theo sự phân công", "căn cứ", "tại quyết định",
  "như quyết định", "như kế hoạch", "được phân công tại", "phân công tại",
];
