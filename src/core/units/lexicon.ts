/**
 * The bodies that write and receive Vietnamese plans, as data: one line per body.
 *
 *   [canonical name, kind, aliases and abbreviations, groups it belongs to, note]
 *
 * Canonical names are the full official names with abbreviations expanded, except "UBND" and
 * "HĐND", which stay as plans write them. "Ủy" is always spelt so; "Uỷ" matches through the
 * matching keys (diacritics aside), as do case, "&", "-" and spacing ("Sở GD&ĐT" = "Sở GD-ĐT").
 * A new agency is a new line. Each line is tested: every alias finds its unit, and every name
 * holding "và", commas or hyphens stays whole in a units cell.
 *
 * Local government follows the 2025 reorganisation (two tiers: province, and commune = xã,
 * phường, đặc khu; the district tier abolished from 1/7/2025). Bodies that no longer exist stay
 * listed, with a note, because plans written before then (and plans quoting them) still name them.
 *
 * Kinds reuse the registry's: "province" (provincial bodies), "district" (district bodies),
 * "grassroots" (commune, school and hospital bodies), "outside" (central bodies), "group".
 */
import type { UnitKind } from "./registry";

export type LexiconLine = readonly [name: string, kind: UnitKind, aliases: readonly string[], groups?: readonly string[], note?: string];

// Group names, written as plans write them.
export const PROVINCIAL_AGENCIES = "Các sở, ban, ngành";
export const PROVINCIAL_AGENCIES_TINH = "Các sở, ban, ngành tỉnh";
export const ALL_BODIES = "Các cơ quan, đơn vị, địa phương";
export const COMMUNE_COMMITTEES = "UBND các xã, phường, đặc khu";
export const RELATED_BODIES = "Các cơ quan, đơn vị có liên quan";
export const RELATED_UNITS = "Các đơn vị liên quan";
export const SUBJECT_GROUPS = "Các tổ chuyên môn";
export const COMMUNES = "Các xã, phường";

const SBN = [PROVINCIAL_AGENCIES, PROVINCIAL_AGENCIES_TINH];
const MERGED_2025 = "Không còn từ 2025 (hợp nhất theo Nghị quyết sắp xếp bộ máy); giữ để đọc kế hoạch cũ.";
const DISTRICT_GONE = "Cấp huyện kết thúc hoạt động từ 01/7/2025; giữ để đọc kế hoạch cũ.";

export const LEXICON: readonly LexiconLine[] = [
  // ── Groups ───────────────────────────────────────────────────────────────────────────────
  [PROVINCIAL_AGENCIES, "group", ["Các Sở, Ban, Ngành", "Các sở, ngành", "Các sở ban ngành", "Sở, ban, ngành", "Các sở, ban, ngành liên quan", "Các sở, ban, ngành có liên quan", "Các sở, ngành liên quan", "Các sở, ngành có liên quan"]],
  [PROVINCIAL_AGENCIES_TINH, "group", ["Các sở, ngành tỉnh", "Các sở, ban, ngành cấp tỉnh", "Sở, ban, ngành tỉnh", "Các sở, ban, ngành thuộc tỉnh"]],
  [ALL_BODIES, "group", ["Các cơ quan, đơn vị và địa phương", "Các cơ quan, đơn vị, địa phương liên quan", "Các cơ quan, đơn vị, địa phương có liên quan"]],
  [RELATED_BODIES, "group", ["Các cơ quan, đơn vị liên quan", "Cơ quan, đơn vị có liên quan", "Cơ quan, đơn vị liên quan", "Các cơ quan liên quan", "Các cơ quan có liên quan"]],
  [RELATED_UNITS, "group", ["Các đơn vị có liên quan", "Đơn vị liên quan", "Đơn vị có liên quan", "Các đơn vị, cá nhân liên quan", "Các đơn vị, cá nhân có liên quan"]],
  ["Các cơ quan, đơn vị", "group", ["Các cơ quan, đơn vị trực thuộc", "Cơ quan, đơn vị"]],
  ["Các địa phương", "group", ["Các địa phương liên quan", "Các địa phương có liên quan"]],
  [COMMUNE_COMMITTEES, "group", ["UBND xã, phường, đặc khu", "Ủy ban nhân dân các xã, phường, đặc khu", "UBND các xã, phường, đặc khu trên địa bàn tỉnh"]],
  ["UBND các xã, phường", "group", ["Ủy ban nhân dân các xã, phường", "UBND xã, phường"]],
  ["UBND các xã, thị trấn", "group", ["Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn", "UBND các xã, TT"], [], DISTRICT_GONE],
  ["UBND các xã", "group", ["Ủy ban nhân dân các xã"]],
  ["UBND các huyện, thành phố", "group", ["Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, TP", "UBND các huyện, thị xã, thành phố", "UBND các huyện, TX, TP", "UBND huyện, thành phố"], [], DISTRICT_GONE],
  [COMMUNES, "group", ["Các xã, phường, đặc khu", "Các xã, phường, thị trấn", "Xã, phường"]],
  ["Các xã, thị trấn", "group", ["Xã, thị trấn"], [], DISTRICT_GONE],
  ["Các phòng chuyên môn", "group", ["Các phòng, ban chuyên môn", "Các phòng, ban", "Phòng, ban chuyên môn", "Các cơ quan chuyên môn", "Các phòng chuyên môn thuộc UBND", "Các cơ quan chuyên môn thuộc UBND"]],
  ["Các cơ quan chuyên môn thuộc UBND tỉnh", "group", ["Cơ quan chuyên môn thuộc UBND tỉnh"]],
  ["Các đoàn thể", "group", ["Các đoàn thể chính trị - xã hội", "Các tổ chức chính trị - xã hội", "MTTQ và các đoàn thể", "Mặt trận và các đoàn thể", "Các hội, đoàn thể", "Các tổ chức đoàn thể"]],
  [SUBJECT_GROUPS, "group", ["Các tổ CM", "Tổ chuyên môn", "Các tổ chuyên môn, tổ văn phòng", "Tổ trưởng chuyên môn", "Các tổ trưởng chuyên môn"]],
  ["Các trường học", "group", ["Các trường", "Các trường học trên địa bàn", "Các đơn vị trường học"]],
  ["Các cơ sở giáo dục", "group", ["Các cơ sở giáo dục trên địa bàn", "Các cơ sở giáo dục trực thuộc"]],
  ["Các chi bộ trực thuộc", "group", ["Các chi bộ", "Các tổ chức cơ sở đảng", "Các đảng bộ, chi bộ trực thuộc", "Các chi bộ, đảng bộ trực thuộc"]],
  ["Các thôn, tổ dân phố", "group", ["Các thôn, bản", "Các thôn, bản, tổ dân phố", "Thôn, tổ dân phố"]],
  ["Các tổ dân phố", "group", ["Tổ dân phố", "Các tổ dân phố trên địa bàn"]],
  ["Các thôn", "group", ["Các thôn, làng", "Các thôn trên địa bàn"]],
  ["Các phòng chuyên môn thuộc UBND xã", "group", ["Các phòng chuyên môn xã", "Các phòng chuyên môn thuộc Ủy ban nhân dân xã"]],
  ["Các phòng chuyên môn thuộc UBND phường", "group", ["Các phòng chuyên môn phường", "Các phòng chuyên môn thuộc Ủy ban nhân dân phường"]],
  ["Các doanh nghiệp", "group", ["Các doanh nghiệp trên địa bàn", "Doanh nghiệp"]],

  // ── Central bodies ───────────────────────────────────────────────────────────────────────
  ["Chính phủ", "outside", ["Thủ tướng Chính phủ"]],
  ["Quốc hội", "outside", []],
  ["Văn phòng Chính phủ", "outside", ["VPCP"]],
  ["Thanh tra Chính phủ", "outside", []],
  ["Bộ Nội vụ", "outside", ["BNV"]],
  ["Bộ Tư pháp", "outside", []],
  ["Bộ Tài chính", "outside", ["BTC"]],
  ["Bộ Xây dựng", "outside", []],
  ["Bộ Công Thương", "outside", ["Bộ CT"]],
  ["Bộ Nông nghiệp và Môi trường", "outside", ["Bộ NN&MT", "Bộ NNMT"]],
  ["Bộ Giáo dục và Đào tạo", "outside", ["Bộ GD&ĐT", "Bộ GDĐT", "BGDĐT"]],
  ["Bộ Y tế", "outside", ["BYT"]],
  ["Bộ Khoa học và Công nghệ", "outside", ["Bộ KH&CN", "Bộ KHCN"]],
  ["Bộ Văn hóa, Thể thao và Du lịch", "outside", ["Bộ VH-TT&DL", "Bộ VHTTDL", "Bộ Văn hóa Thể thao và Du lịch"]],
  ["Bộ Ngoại giao", "outside", []],
  ["Bộ Dân tộc và Tôn giáo", "outside", ["Bộ DT&TG"]],
  ["Bộ Quốc phòng", "outside", ["BQP"]],
  ["Bộ Công an", "outside", ["BCA"]],
  ["Ngân hàng Nhà nước Việt Nam", "outside", ["NHNN Việt Nam", "Ngân hàng Nhà nước"]],
  ["Bộ Kế hoạch và Đầu tư", "outside", ["Bộ KH&ĐT", "Bộ KHĐT"], [], MERGED_2025],
  ["Bộ Thông tin và Truyền thông", "outside", ["Bộ TT&TT", "Bộ TTTT"], [], MERGED_2025],
  ["Bộ Tài nguyên và Môi trường", "outside", ["Bộ TN&MT", "Bộ TNMT"], [], MERGED_2025],
  ["Bộ Lao động - Thương binh và Xã hội", "outside", ["Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ Lao động Thương binh và Xã hội"], [], MERGED_2025],
  ["Bộ Giao thông vận tải", "outside", ["Bộ GTVT"], [], MERGED_2025],
  ["Bộ Nông nghiệp và Phát triển nông thôn", "outside", ["Bộ NN&PTNT", "Bộ NNPTNT"], [], MERGED_2025],
  ["Ủy ban Dân tộc", "outside", ["UBDT"], [], MERGED_2025],
  ["Ban Tổ chức Trung ương", "outside", ["BTCTW"]],
  ["Ban Tuyên giáo và Dân vận Trung ương", "outside", []],
  ["Ủy ban Trung ương MTTQ Việt Nam", "outside", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "UBTW MTTQ Việt Nam", "UBTWMTTQVN"]],
  ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "outside", ["Trung ương Đoàn", "TW Đoàn", "Trung ương Đoàn TNCS Hồ Chí Minh"]],
  ["Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "outside", ["Trung ương Hội LHPN Việt Nam", "TW Hội LHPN Việt Nam"]],

  // ── Province: People's Council and Committee, their offices ──────────────────────────────
  ["UBND tỉnh", "province", ["Ủy ban nhân dân tỉnh", "UBND Tỉnh", "Thường trực UBND tỉnh", "Lãnh đạo UBND tỉnh"]],
  ["Chủ tịch UBND tỉnh", "province", ["Chủ tịch Ủy ban nhân dân tỉnh"]],
  ["HĐND tỉnh", "province", ["Hội đồng nhân dân tỉnh", "Thường trực HĐND tỉnh", "TT HĐND tỉnh"]],
  ["Đoàn Đại biểu Quốc hội tỉnh", "province", ["Đoàn ĐBQH tỉnh"]],
  ["Văn phòng UBND tỉnh", "province", ["Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "VPUBND tỉnh"], SBN],
  ["Văn phòng HĐND tỉnh", "province", ["Văn phòng Hội đồng nhân dân tỉnh", "VP HĐND tỉnh"]],
  ["Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh", "province", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "VP Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Văn phòng Đoàn ĐBQH và HĐND"]],

  // ── Province: departments (Sở) after 1/3/2025 ─────────────────────────────────────────────
  ["Sở Nội vụ", "province", ["SNV", "Sở Nội vụ tỉnh"], SBN],
  ["Sở Tư pháp", "province", ["STP", "Sở Tư pháp tỉnh"], SBN],
  ["Sở Tài chính", "province", ["STC", "Sở Tài chính tỉnh"], SBN],
  ["Sở Xây dựng", "province", ["SXD", "Sở Xây dựng tỉnh"], SBN],
  ["Sở Công Thương", "province", ["SCT", "Sở Công thương tỉnh", "Sở Công Thương tỉnh"], SBN],
  ["Sở Nông nghiệp và Môi trường", "province", ["Sở NN&MT", "Sở NNMT", "Sở Nông nghiệp và Môi trường tỉnh"], SBN],
  ["Sở Giáo dục và Đào tạo", "province", ["Sở GD&ĐT", "Sở GDĐT", "Sở Giáo dục", "Sở Giáo dục và Đào tạo tỉnh", "Sở GD và ĐT"], SBN],
  ["Sở Y tế", "province", ["SYT", "Sở Y tế tỉnh"], SBN],
  ["Sở Khoa học và Công nghệ", "province", ["Sở KH&CN", "Sở KHCN", "Sở Khoa học và Công nghệ tỉnh"], SBN],
  ["Sở Văn hóa, Thể thao và Du lịch", "province", ["Sở VH-TT&DL", "Sở VHTTDL", "Sở VH,TT&DL", "Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch tỉnh"], SBN],
  ["Sở Ngoại vụ", "province", ["Sở Ngoại vụ tỉnh"], SBN],
  ["Sở Dân tộc và Tôn giáo", "province", ["Sở DT&TG", "Sở DTTG", "Sở Dân tộc và Tôn giáo tỉnh"], SBN],
  ["Sở Văn hóa và Thể thao", "province", ["Sở VH&TT", "Sở VHTT"], [], "Ở Hà Nội, TP. Hồ Chí Minh (du lịch là sở riêng)."],
  ["Sở Du lịch", "province", [], [], "Ở một số tỉnh, thành phố có sở riêng."],
  ["Sở Quy hoạch - Kiến trúc", "province", ["Sở QH-KT", "Sở Quy hoạch Kiến trúc"], [], "Ở Hà Nội, TP. Hồ Chí Minh."],
  ["Thanh tra tỉnh", "province", ["Thanh tra Tỉnh"], SBN],
  // Before 1/3/2025.
  ["Sở Kế hoạch và Đầu tư", "province", ["Sở KH&ĐT", "Sở KHĐT", "Sở Kế hoạch và Đầu tư tỉnh"], [], MERGED_2025],
  ["Sở Thông tin và Truyền thông", "province", ["Sở TT&TT", "Sở TTTT", "Sở Thông tin và Truyền thông tỉnh"], [], MERGED_2025],
  ["Sở Tài nguyên và Môi trường", "province", ["Sở TN&MT", "Sở TNMT", "Sở Tài nguyên và Môi trường tỉnh"], [], MERGED_2025],
  ["Sở Lao động - Thương binh và Xã hội", "province", ["Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở Lao động Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội"], [], MERGED_2025],
  ["Sở Giao thông vận tải", "province", ["Sở GTVT", "Sở Giao thông - Vận tải", "Sở Giao thông Vận tải"], [], MERGED_2025],
  ["Sở Nông nghiệp và Phát triển nông thôn", "province", ["Sở NN&PTNT", "Sở NNPTNT", "Sở Nông nghiệp và PTNT"], [], MERGED_2025],
  ["Ban Dân tộc tỉnh", "province", ["Ban Dân tộc"], [], MERGED_2025],

  // ── Inside a department (Sở): its own offices, as its plans name them ─────────────────────
  ["Văn phòng Sở", "province", ["VP Sở"]],
  ["Thanh tra Sở", "province", []],
  ["Các phòng chuyên môn thuộc Sở", "group", ["Các phòng chuyên môn Sở", "Các phòng thuộc Sở", "Các phòng, đơn vị thuộc Sở", "Các phòng chuyên môn, đơn vị thuộc Sở"]],
  ["Các đơn vị trực thuộc Sở", "group", ["Các đơn vị sự nghiệp trực thuộc Sở", "Các đơn vị thuộc Sở"]],
  ["Phòng Tổ chức cán bộ", "province", ["Phòng TCCB", "Phòng Tổ chức - Cán bộ"]],
  ["Phòng Kế hoạch - Tài chính", "province", ["Phòng KH-TC", "Phòng KHTC", "Phòng Kế hoạch Tài chính", "Phòng Kế hoạch và Tài chính"]],
  ["Phòng Giáo dục mầm non", "province", ["Phòng GDMN", "Phòng Giáo dục Mầm non"]],
  ["Phòng Giáo dục phổ thông", "province", ["Phòng GDPT", "Phòng Giáo dục Phổ thông"]],
  ["Phòng Giáo dục trung học", "province", ["Phòng GDTrH", "Phòng Giáo dục Trung học"]],
  ["Phòng Giáo dục tiểu học", "province", ["Phòng GDTH", "Phòng Giáo dục Tiểu học"]],
  ["Phòng Quản lý chất lượng", "province", ["Phòng QLCL", "Phòng Khảo thí và Quản lý chất lượng", "Phòng Khảo thí và Kiểm định chất lượng giáo dục"]],

  // ── Province: other state bodies ─────────────────────────────────────────────────────────
  ["Công an tỉnh", "province", ["CA tỉnh", "Công an Tỉnh"]],
  ["Bộ Chỉ huy Quân sự tỉnh", "province", ["BCHQS tỉnh", "Bộ CHQS tỉnh", "Bộ Chỉ huy quân sự tỉnh"]],
  ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "province", ["BĐBP tỉnh", "Bộ CHBĐBP tỉnh", "Bộ Chỉ huy BĐBP tỉnh", "Bộ đội Biên phòng tỉnh"]],
  ["Ban Quản lý các khu công nghiệp tỉnh", "province", ["Ban Quản lý các KCN tỉnh", "BQL các KCN tỉnh", "Ban QL các KCN tỉnh", "Ban Quản lý các khu công nghiệp"], SBN],
  ["Ban Quản lý Khu kinh tế tỉnh", "province", ["Ban Quản lý KKT tỉnh", "BQL KKT tỉnh", "Ban Quản lý khu kinh tế", "Ban Quản lý Khu kinh tế"], SBN],
  ["Đài Phát thanh và Truyền hình tỉnh", "province", ["Đài PT-TH tỉnh", "Đài PTTH tỉnh", "Đài PT&TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh Truyền hình tỉnh"]],
  ["Báo tỉnh", "province", []],
  ["Báo và Phát thanh, Truyền hình tỉnh", "province", ["Báo và PT-TH tỉnh"], [], "Hợp nhất Báo tỉnh và Đài Phát thanh và Truyền hình tỉnh (2025)."],
  ["Trung tâm Phục vụ hành chính công tỉnh", "province", ["Trung tâm PVHCC tỉnh", "Trung tâm Phục vụ hành chính công", "TT PVHCC tỉnh"]],
  ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", "province", ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "Trung tâm XTĐT, TM và DL tỉnh", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"]],
  ["Trung tâm Kiểm soát bệnh tật tỉnh", "province", ["CDC tỉnh", "Trung tâm KSBT tỉnh"]],
  ["Bệnh viện Đa khoa tỉnh", "province", ["BVĐK tỉnh", "Bệnh viện đa khoa tỉnh"]],
  ["Trường Chính trị tỉnh", "province", []],
  ["Viện Kiểm sát nhân dân tỉnh", "province", ["VKSND tỉnh", "Viện KSND tỉnh"]],
  ["Tòa án nhân dân tỉnh", "province", ["TAND tỉnh"]],
  ["Kho bạc Nhà nước tỉnh", "province", ["KBNN tỉnh", "Kho bạc Nhà nước"]],
  ["Thuế tỉnh", "province", ["Cục Thuế tỉnh", "Cục Thuế"]],
  ["Bảo hiểm xã hội tỉnh", "province", ["BHXH tỉnh", "Bảo hiểm xã hội"]],
  ["Thống kê tỉnh", "province", ["Cục Thống kê tỉnh", "Chi cục Thống kê tỉnh"]],
  ["Ngân hàng Chính sách xã hội chi nhánh tỉnh", "province", ["NHCSXH tỉnh", "Ngân hàng CSXH tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]],
  ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "province", ["Hội đồng PBGDPL tỉnh", "Hội đồng phối hợp PBGDPL tỉnh"]],

  // ── Province: the Party ─────────────────────────────────────────────────────────────────
  ["Tỉnh ủy", "province", ["Tỉnh Ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "BCH Đảng bộ tỉnh"]],
  ["Ban Thường vụ Tỉnh ủy", "province", ["BTV Tỉnh ủy", "Ban TV Tỉnh ủy"]],
  ["Văn phòng Tỉnh ủy", "province", ["VP Tỉnh ủy"]],
  ["Ban Tổ chức Tỉnh ủy", "province", ["BTC Tỉnh ủy", "Ban TC Tỉnh ủy"]],
  ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "province", ["Ban TG&DV Tỉnh ủy", "Ban Tuyên giáo - Dân vận Tỉnh ủy"]],
  ["Ban Tuyên giáo Tỉnh ủy", "province", ["Ban TG Tỉnh ủy"], [], MERGED_2025],
  ["Ban Dân vận Tỉnh ủy", "province", ["Ban DV Tỉnh ủy"], [], MERGED_2025],
  ["Ban Nội chính Tỉnh ủy", "province", ["Ban NC Tỉnh ủy"]],
  ["Ủy ban Kiểm tra Tỉnh ủy", "province", ["UBKT Tỉnh ủy", "Ủy ban KT Tỉnh ủy"]],
  ["Ban Chính sách, chiến lược Tỉnh ủy", "province", ["Ban Chính sách - Chiến lược Tỉnh ủy"]],
  ["Đảng ủy UBND tỉnh", "province", ["Đảng ủy Ủy ban nhân dân tỉnh"]],
  ["Đảng ủy các cơ quan Đảng tỉnh", "province", []],

  // ── Province: the Fatherland Front and mass organisations ────────────────────────────────
  ["Ủy ban MTTQ Việt Nam tỉnh", "province", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", "UBMTTQVN tỉnh", "UBMTTQ Việt Nam tỉnh", "MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh", "Ủy ban MTTQ tỉnh", "MTTQVN tỉnh"]],
  ["Tỉnh Đoàn", "province", ["Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Đoàn Thanh niên tỉnh", "Ban Thường vụ Tỉnh Đoàn", "BTV Tỉnh Đoàn", "Tỉnh đoàn thanh niên"]],
  ["Hội Liên hiệp Phụ nữ tỉnh", "province", ["Hội LHPN tỉnh", "HLHPN tỉnh", "Hội Phụ nữ tỉnh", "Hội Liên hiệp phụ nữ tỉnh"]],
  ["Hội Nông dân tỉnh", "province", ["HND tỉnh", "Hội ND tỉnh"]],
  ["Hội Cựu chiến binh tỉnh", "province", ["Hội CCB tỉnh", "CCB tỉnh"]],
  ["Hội Chữ thập đỏ tỉnh", "province", ["Hội CTĐ tỉnh"]],
  ["Liên minh Hợp tác xã tỉnh", "province", ["LMHTX tỉnh", "Liên minh HTX tỉnh"]],
  ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "province", ["Liên hiệp các Hội KH&KT tỉnh"]],
  ["Hội Người cao tuổi tỉnh", "province", ["Hội NCT tỉnh"]],
  ["Hội Khuyến học tỉnh", "province", []],
  ["Hội Luật gia tỉnh", "province", []],
  ["Hội Nhà báo tỉnh", "province", []],
  ["Hội Cựu Thanh niên xung phong tỉnh", "province", ["Hội CTNXP tỉnh"]],
  ["Hội Doanh nhân trẻ tỉnh", "province", []],

  // ── District (abolished 1/7/2025; older plans still name them) ───────────────────────────
  ["UBND huyện", "district", ["Ủy ban nhân dân huyện", "UBND Huyện"], [], DISTRICT_GONE],
  ["HĐND huyện", "district", ["Hội đồng nhân dân huyện", "Thường trực HĐND huyện"], [], DISTRICT_GONE],
  ["Văn phòng HĐND và UBND huyện", "district", ["VP HĐND và UBND huyện", "Văn phòng HĐND - UBND huyện", "VP HĐND-UBND huyện", "Văn phòng HĐND&UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"], [], DISTRICT_GONE],
  ["Huyện ủy", "district", ["Ban Thường vụ Huyện ủy", "BTV Huyện ủy", "Thường trực Huyện ủy"], [], DISTRICT_GONE],
  ["Ủy ban MTTQ Việt Nam huyện", "district", ["UBMTTQ huyện", "UBMTTQ Việt Nam huyện", "MTTQ huyện", "Ủy ban MTTQ huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"], [], DISTRICT_GONE],
  ["Huyện Đoàn", "district", ["Huyện đoàn thanh niên", "Đoàn Thanh niên huyện"], [], DISTRICT_GONE],
  ["Phòng Nội vụ", "district", ["Phòng Nội vụ huyện", "Phòng NV"], [], DISTRICT_GONE],
  ["Phòng Tư pháp", "district", ["Phòng Tư pháp huyện"], [], DISTRICT_GONE],
  ["Phòng Tài chính - Kế hoạch", "district", ["Phòng TC-KH", "Phòng Tài chính Kế hoạch", "Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính và Kế hoạch"], [], DISTRICT_GONE],
  ["Phòng Kinh tế và Hạ tầng", "district", ["Phòng KT&HT", "Phòng KT-HT", "Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện"], [], DISTRICT_GONE],
  ["Phòng Quản lý đô thị", "district", ["Phòng QLĐT", "Phòng Quản lý đô thị thành phố"], [], DISTRICT_GONE],
  ["Phòng Tài nguyên và Môi trường", "district", ["Phòng TN&MT", "Phòng TNMT", "Phòng Tài nguyên và Môi trường huyện"], [], DISTRICT_GONE],
  ["Phòng Lao động - Thương binh và Xã hội", "district", ["Phòng LĐ-TB&XH", "Phòng LĐTBXH", "Phòng Lao động Thương binh và Xã hội"], [], DISTRICT_GONE],
  ["Phòng Văn hóa và Thông tin", "district", ["Phòng VH&TT", "Phòng VH-TT", "Phòng VHTT", "Phòng Văn hóa - Thông tin", "Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa, Thông tin"], [], DISTRICT_GONE],
  ["Phòng Giáo dục và Đào tạo", "district", ["Phòng GD&ĐT", "Phòng GDĐT", "Phòng Giáo dục", "Phòng Giáo dục và Đào tạo huyện", "Phòng GD và ĐT"], [], DISTRICT_GONE],
  ["Phòng Y tế", "district", ["Phòng Y tế huyện"], [], DISTRICT_GONE],
  ["Phòng Nông nghiệp và Phát triển nông thôn", "district", ["Phòng NN&PTNT", "Phòng NNPTNT", "Phòng Nông nghiệp và PTNT"], [], DISTRICT_GONE],
  ["Phòng Kinh tế", "district", ["Phòng KT"], [], "Phòng của UBND huyện, thị xã; từ 7/2025 là phòng của UBND xã, đặc khu."],
  ["Phòng Dân tộc", "district", ["Phòng Dân tộc huyện"], [], DISTRICT_GONE],
  ["Thanh tra huyện", "district", [], [], DISTRICT_GONE],
  ["Công an huyện", "district", ["CA huyện"], [], DISTRICT_GONE],
  ["Ban Chỉ huy Quân sự huyện", "district", ["BCHQS huyện", "Ban CHQS huyện"], [], DISTRICT_GONE],
  ["Trung tâm Y tế huyện", "district", ["TTYT huyện", "Trung tâm Y tế"]],
  ["Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "district", ["Trung tâm VH-TT&TT huyện", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện"], [], DISTRICT_GONE],

  // ── Commune: xã, phường, đặc khu (from 1/7/2025, and before) ─────────────────────────────
  ["UBND xã", "grassroots", ["Ủy ban nhân dân xã", "UBND Xã"]],
  ["UBND phường", "grassroots", ["Ủy ban nhân dân phường"]],
  ["UBND đặc khu", "grassroots", ["Ủy ban nhân dân đặc khu"]],
  ["HĐND đặc khu", "grassroots", ["Hội đồng nhân dân đặc khu"]],
  ["UBND thị trấn", "grassroots", ["Ủy ban nhân dân thị trấn"], [], DISTRICT_GONE],
  ["Chủ tịch UBND xã", "grassroots", ["Chủ tịch Ủy ban nhân dân xã"]],
  ["HĐND xã", "grassroots", ["Hội đồng nhân dân xã", "Thường trực HĐND xã"]],
  ["HĐND phường", "grassroots", ["Hội đồng nhân dân phường", "Thường trực HĐND phường"]],
  ["Văn phòng HĐND và UBND xã", "grassroots", ["VP HĐND và UBND xã", "Văn phòng HĐND - UBND xã", "VP HĐND-UBND xã", "Văn phòng HĐND&UBND xã"]],
  ["Văn phòng HĐND và UBND phường", "grassroots", ["VP HĐND và UBND phường", "Văn phòng HĐND - UBND phường", "VP HĐND-UBND phường"]],
  ["Phòng Kinh tế, Hạ tầng và Đô thị", "grassroots", ["Phòng KT, HT và ĐT", "Phòng Kinh tế - Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường"]],
  ["Phòng Văn hóa - Xã hội", "grassroots", ["Phòng VH-XH", "Phòng VHXH", "Phòng Văn hóa Xã hội", "Phòng Văn hóa và Xã hội", "Phòng Văn hóa - Xã hội xã"]],
  ["Trung tâm Phục vụ hành chính công xã", "grassroots", ["Trung tâm PVHCC xã", "TT PVHCC xã"]],
  ["Trung tâm Phục vụ hành chính công phường", "grassroots", ["Trung tâm PVHCC phường", "TT PVHCC phường"]],
  ["Trung tâm Phục vụ hành chính công đặc khu", "grassroots", ["Trung tâm PVHCC đặc khu"]],
  ["Công an xã", "grassroots", ["CA xã"]],
  ["Công an phường", "grassroots", ["CA phường"]],
  ["Ban Chỉ huy Quân sự xã", "grassroots", ["BCHQS xã", "Ban CHQS xã", "Ban Chỉ huy quân sự xã"]],
  ["Ban Chỉ huy Quân sự phường", "grassroots", ["BCHQS phường", "Ban CHQS phường"]],
  ["Trạm Y tế xã", "grassroots", ["TYT xã", "Trạm Y tế"]],
  ["Trạm Y tế phường", "grassroots", ["TYT phường"]],
  ["Đảng ủy xã", "grassroots", ["ĐU xã", "Ban Thường vụ Đảng ủy xã", "BTV Đảng ủy xã", "Thường trực Đảng ủy xã"]],
  ["Đảng ủy phường", "grassroots", ["ĐU phường", "Ban Thường vụ Đảng ủy phường", "BTV Đảng ủy phường"]],
  ["Đảng ủy đặc khu", "grassroots", ["Ban Thường vụ Đảng ủy đặc khu"]],
  ["Đảng ủy", "grassroots", ["Ban Thường vụ Đảng ủy", "BTV Đảng ủy", "Thường trực Đảng ủy", "Ban Chấp hành Đảng bộ", "BCH Đảng bộ"]],
  ["Chi bộ", "grassroots", ["Chi ủy", "Chi bộ trường", "Chi ủy chi bộ"]],
  ["Ủy ban Kiểm tra Đảng ủy", "grassroots", ["UBKT Đảng ủy", "Ủy ban Kiểm tra Đảng ủy xã"]],
  ["Ban Xây dựng Đảng", "grassroots", ["Ban Xây dựng Đảng Đảng ủy", "Ban XDĐ"]],
  ["Ủy ban MTTQ Việt Nam xã", "grassroots", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UBMTTQ xã", "UBMTTQ Việt Nam xã", "UBMTTQVN xã", "MTTQ xã", "Ủy ban MTTQ xã", "Mặt trận Tổ quốc xã"]],
  ["Ủy ban MTTQ Việt Nam phường", "grassroots", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "UBMTTQ phường", "UBMTTQ Việt Nam phường", "UBMTTQVN phường", "MTTQ phường", "Ủy ban MTTQ phường"]],
  ["Ủy ban MTTQ Việt Nam", "grassroots", ["Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQ", "UBMTTQ Việt Nam", "UBMTTQVN", "MTTQ", "Mặt trận Tổ quốc", "MTTQVN", "Ủy ban MTTQ"]],
  ["Đoàn Thanh niên xã", "grassroots", ["Đoàn xã", "Xã Đoàn", "Đoàn TNCS Hồ Chí Minh xã", "Đoàn TN xã", "ĐTN xã"]],
  ["Đoàn Thanh niên phường", "grassroots", ["Đoàn phường", "Phường Đoàn", "Đoàn TNCS Hồ Chí Minh phường", "Đoàn TN phường", "ĐTN phường"]],
  ["Hội Liên hiệp Phụ nữ xã", "grassroots", ["Hội LHPN xã", "HLHPN xã", "Hội Phụ nữ xã"]],
  ["Hội Liên hiệp Phụ nữ phường", "grassroots", ["Hội LHPN phường", "HLHPN phường", "Hội Phụ nữ phường"]],
  ["Hội Nông dân xã", "grassroots", ["HND xã", "Hội ND xã"]],
  ["Hội Nông dân phường", "grassroots", ["HND phường", "Hội ND phường"]],
  ["Hội Cựu chiến binh xã", "grassroots", ["Hội CCB xã"]],
  ["Hội Cựu chiến binh phường", "grassroots", ["Hội CCB phường"]],
  ["Hội Chữ thập đỏ xã", "grassroots", ["Hội CTĐ xã"]],
  ["Hội Chữ thập đỏ phường", "grassroots", ["Hội CTĐ phường"]],
  ["Văn phòng Đảng ủy", "grassroots", ["VP Đảng ủy", "Văn phòng Đảng ủy xã", "Văn phòng Đảng ủy phường"]],
  // Without a level: the organisation where the plan is written.
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "grassroots", ["Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên", "Đoàn TN", "ĐTN", "Đoàn thanh niên CSHCM"]],
  ["Hội Liên hiệp Phụ nữ", "grassroots", ["Hội LHPN", "HLHPN", "Hội Phụ nữ", "Hội LHPN Việt Nam"]],
  ["Hội Nông dân", "grassroots", ["HND", "Hội ND"]],
  ["Hội Cựu chiến binh", "grassroots", ["Hội CCB", "CCB"]],
  ["Hội Chữ thập đỏ", "grassroots", ["Hội CTĐ"]],
  ["Hội Người cao tuổi", "grassroots", ["Hội NCT"]],
  ["Hội Khuyến học", "grassroots", []],
  ["Ban Chấp hành", "grassroots", ["BCH"]],
  ["Ban Thường vụ", "grassroots", ["BTV"]],
  ["Hội đồng Thi đua - Khen thưởng", "grassroots", ["Hội đồng TĐKT", "HĐTĐKT", "HĐ TĐKT", "Hội đồng thi đua khen thưởng"]],

  // ── Schools ─────────────────────────────────────────────────────────────────────────────
  ["Ban Giám hiệu", "grassroots", ["BGH", "Ban giám hiệu nhà trường", "Lãnh đạo nhà trường"]],
  ["Hiệu trưởng", "grassroots", ["HT", "Thầy Hiệu trưởng", "Cô Hiệu trưởng"]],
  ["Phó Hiệu trưởng", "grassroots", ["PHT", "Các Phó Hiệu trưởng", "Phó hiệu trưởng phụ trách chuyên môn", "PHT chuyên môn"]],
  ["Giáo viên chủ nhiệm", "grassroots", ["GVCN", "Các giáo viên chủ nhiệm", "GV chủ nhiệm", "Giáo viên chủ nhiệm lớp"]],
  ["Giáo viên bộ môn", "grassroots", ["GVBM", "GV bộ môn", "Các giáo viên bộ môn"]],
  ["Tổ Văn phòng", "grassroots", ["Tổ VP", "Tổ Hành chính - Văn phòng"], [SUBJECT_GROUPS]],
  ["Tổng phụ trách Đội", "grassroots", ["TPT Đội", "Giáo viên Tổng phụ trách Đội", "GV TPT Đội", "Tổng phụ trách"]],
  ["Chi đoàn", "grassroots", ["Chi đoàn giáo viên", "Chi đoàn trường", "BCH Chi đoàn"]],
  ["Đoàn trường", "grassroots", ["Đoàn Thanh niên trường", "BCH Đoàn trường", "Đoàn TN trường"]],
  ["Liên đội", "grassroots", ["Liên đội trường", "Liên đội TNTP Hồ Chí Minh", "Ban chỉ huy Liên đội", "BCH Liên đội"]],
  ["Công đoàn trường", "grassroots", ["BCH Công đoàn trường", "Công đoàn cơ sở trường", "CĐ trường", "Ban Chấp hành Công đoàn trường"]],
  ["Hội đồng trường", "grassroots", ["HĐT"]],
  ["Ban đại diện cha mẹ học sinh", "grassroots", ["BĐD CMHS", "Ban đại diện CMHS", "Hội cha mẹ học sinh", "Ban Đại diện Cha mẹ học sinh"]],
  ["Nhân viên kế toán", "grassroots", ["Kế toán nhà trường", "Kế toán trường"]],
  ["Thư viện", "grassroots", ["Nhân viên thư viện", "Cán bộ thư viện"]],
  ["Y tế trường học", "grassroots", ["Nhân viên y tế", "Cán bộ y tế trường học"]],
];
