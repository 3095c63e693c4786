"""Built-in catalogue values of exchange-workbook.md (format 1).

Each value has a stable code (stored in records), a Vietnamese label (what workbooks carry)
and an English label. An administrator may add values; added values live only in the
database and travel in workbooks as their label.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogueKind:
    key: str
    label_vi: str
    label_en: str
    values: tuple[tuple[str, str, str], ...]  # (code, label_vi, label_en)


def _kind(key: str, vi: str, en: str, *values: tuple[str, str, str]) -> CatalogueKind:
    return CatalogueKind(key, vi, en, tuple(values))


KINDS: tuple[CatalogueKind, ...] = (
    _kind(
        "outreach_form", "Hình thức", "Form",
        ("hoi_nghi", "Hội nghị, tọa đàm", "Conference, seminar"),
        ("doi_thoai", "Đối thoại", "Dialogue"),
        ("tieu_pham", "Tiểu phẩm, văn nghệ", "Skit, performance"),
        ("tro_choi", "Trò chơi tương tác", "Interactive game"),
        ("loa", "Loa truyền thanh", "Loudspeaker broadcast"),
        ("to_roi", "Phát tờ rơi, tờ gấp", "Leaflet drive"),
        ("pano", "Pano, áp phích", "Billboard, poster"),
        ("mang_xa_hoi", "Mạng xã hội, internet", "Social media, internet"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "topic", "Chủ đề", "Topic",
        ("mai_dam", "Mại dâm", "Prostitution"),
        ("ma_tuy", "Ma túy", "Drugs"),
        ("mua_ban_nguoi", "Mua bán người", "Human trafficking"),
        ("hiv", "HIV/AIDS", "HIV/AIDS"),
        ("bao_luc_gioi", "Bạo lực giới", "Gender-based violence"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "organiser", "Đơn vị tổ chức", "Organiser",
        ("ldtbxh", "Cơ quan Lao động - Thương binh và Xã hội", "Labour, Invalids and Social Affairs"),
        ("y_te", "Cơ quan Y tế", "Health office"),
        ("cong_an", "Công an", "Police"),
        ("ubnd_xa", "Ủy ban nhân dân xã, phường", "Commune People's Committee"),
        ("phu_nu", "Hội Liên hiệp Phụ nữ", "Women's Union"),
        ("nong_dan", "Hội Nông dân", "Farmers' Union"),
        ("thanh_nien", "Đoàn Thanh niên", "Youth Union"),
        ("mat_tran", "Mặt trận Tổ quốc", "Fatherland Front"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "audience", "Đối tượng", "Audience",
        ("nguoi_dan", "Người dân", "Residents"),
        ("phu_nu", "Phụ nữ", "Women"),
        ("thanh_nien", "Thanh niên, học sinh, sinh viên", "Youth, pupils, students"),
        ("lao_dong_co_so", "Người lao động tại cơ sở kinh doanh dịch vụ", "Workers at service businesses"),
        ("cong_nhan", "Công nhân khu công nghiệp", "Industrial-zone workers"),
        ("can_bo", "Cán bộ, hội viên", "Officials, members"),
        ("chu_co_so", "Chủ cơ sở kinh doanh", "Business owners"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "media_kind", "Loại", "Kind",
        ("chuyen_trang", "Chuyên trang, chuyên đề", "Special page, series"),
        ("bai_viet", "Bài viết", "Article"),
        ("tin", "Tin", "News item"),
        ("phong_su", "Phóng sự", "Report (feature)"),
        ("luot_truy_cap", "Lượt truy cập website", "Website visits"),
    ),
    _kind(
        "training_level", "Cấp tổ chức", "Level",
        ("thanh_pho", "Thành phố", "City"),
        ("quan_huyen", "Quận, huyện", "District"),
        ("xa_phuong", "Xã, phường", "Commune"),
    ),
    _kind(
        "trainee_group", "Đối tượng (Tập huấn)", "Trainees",
        ("doi_178", "Thành viên Đội 178", "Team 178 members"),
        ("can_bo_pctnxh", "Cán bộ làm công tác phòng, chống tệ nạn xã hội", "Social-evils prevention officers"),
        ("cong_an", "Công an", "Police"),
        ("can_bo_xa", "Cán bộ xã, phường", "Commune officials"),
        ("hoi_vien", "Hội viên đoàn thể", "Mass-organisation members"),
        ("chu_co_so", "Chủ cơ sở kinh doanh", "Business owners"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "establishment_type", "Loại hình", "Type",
        ("karaoke", "Karaoke", "Karaoke"),
        ("xoa_bop", "Xoa bóp", "Massage"),
        ("nha_nghi", "Nhà nghỉ, khách sạn", "Guesthouse, hotel"),
        ("xong_hoi", "Xông hơi", "Sauna"),
        ("cat_toc", "Cắt tóc, gội đầu", "Hair-wash salon"),
        ("nha_hang_bar", "Nhà hàng, quán bar", "Restaurant, bar"),
        ("vu_truong", "Vũ trường", "Dance hall"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "establishment_status", "Trạng thái", "Status",
        ("hoat_dong", "Đang hoạt động", "Operating"),
        ("tam_ngung", "Tạm ngừng", "Suspended"),
        ("dong_cua", "Đã đóng cửa", "Closed"),
    ),
    _kind(
        "sanction", "Hình thức xử lý", "Sanction",
        ("nhac_nho", "Nhắc nhở", "Reminder"),
        ("canh_cao", "Cảnh cáo", "Warning"),
        ("phat_tien", "Phạt tiền", "Fine"),
        ("dinh_chi", "Đình chỉ hoạt động", "Suspension"),
        ("thu_hoi_gp", "Thu hồi giấy phép", "Licence revoked"),
        ("chuyen_cqdt", "Chuyển cơ quan điều tra", "Referred to investigators"),
    ),
    _kind(
        "support_activity", "Hoạt động (Hỗ trợ)", "Activity",
        ("tu_van", "Tư vấn", "Counselling"),
        ("y_te", "Chăm sóc y tế", "Health care"),
        ("hoc_nghe", "Học nghề", "Vocational training"),
        ("sinh_ke", "Hỗ trợ sinh kế, vay vốn", "Livelihood support, loans"),
        ("viec_lam", "Giới thiệu việc làm", "Job placement"),
        ("phap_ly", "Trợ giúp pháp lý", "Legal aid"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "hotspot_kind", "Loại (Tụ điểm)", "Kind of hotspot",
        ("duong_pho", "Đường phố", "Street"),
        ("cong_vien", "Công viên, vườn hoa", "Park, garden"),
        ("ben_xe", "Bến xe, nhà ga", "Bus or railway station"),
        ("quanh_co_so", "Quanh cơ sở kinh doanh", "Around businesses"),
        ("mang_xa_hoi", "Mạng xã hội", "Social media"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "case_kind", "Loại (Vụ việc)", "Kind of case",
        ("duong_day", "Đường dây, ổ nhóm", "Ring, network"),
        ("mua_ban_dam", "Vụ việc mua bán dâm", "Buying or selling sex"),
        ("chua_mai_dam", "Chứa mại dâm", "Keeping a brothel"),
        ("moi_gioi", "Môi giới mại dâm", "Brokering prostitution"),
    ),
    _kind(
        "denunciation_source", "Nguồn", "Source",
        ("nguoi_dan", "Người dân", "Citizens"),
        ("bao_chi", "Cơ quan báo chí", "Press"),
        ("duong_day_nong", "Đường dây nóng", "Hotline"),
        ("khac", "Khác", "Other"),
    ),
    _kind(
        "model_kind", "Loại (Mô hình)", "Kind of model",
        ("can_thiep", "Can thiệp, giảm hại", "Intervention, harm reduction"),
        ("tai_hoa_nhap", "Hỗ trợ tái hòa nhập", "Reintegration support"),
        ("phong_ngua_xa", "Phòng ngừa cấp xã", "Commune prevention"),
        ("khac", "Khác", "Other"),
    ),
)

KIND_BY_KEY: dict[str, CatalogueKind] = {k.key: k for k in KINDS}
