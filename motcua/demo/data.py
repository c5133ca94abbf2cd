"""Demo data of motcua: a province modelled on Lạng Sơn, as of late 2025.

Pure data, read by the demo loader; nothing here touches Django. Agencies are listed
parents before children and successors before the units they replace, so a loader can
create them in one pass. Codes below the province are made up in the form of Decision
20/2020/QĐ-TTg (`000.AA.BB.H37`); the commune-level units formed on 1 July 2025 are
real names of Lạng Sơn (Resolution 1672/NQ-UBTVQH15), except xã Quảng Lạc, which the
demo keeps as a commune of its own (in reality it became part of phường Lương Văn
Tri). Addresses and telephone numbers are plausible, not real.

Procedures carry national codes of the national procedure database where known and
codes of the same form otherwise. Fees marked "mức minh họa" and the fee levels set by
the provincial People's Council are illustrative. Procedures decided at commune level
name `QUANG_LAC_CODE` as their agency: the loader copies them to every commune.

`CITIZENS` holds fictional people (`kind` "citizen") and organisations (`kind`
"organisation") used to generate demo dossiers; every identity number, tax code,
telephone number and e-mail address is invented (e-mails use example.com). In
`DEMO_LOGINS` and `CITIZENS` a text that does not apply is "" (never None); only
`agency` is None for accounts that are not officials.
"""

from __future__ import annotations

PROVINCE_CODE = "000.00.00.H37"
CENTER_CODE = "000.00.70.H37"
AGRICULTURE_CODE = "000.00.12.H37"
VETERINARY_CODE = "000.12.01.H37"
POWER_CODE = "000.00.60.H37"
QUANG_LAC_CODE = "000.00.91.H37"
QUANG_LAC_ONESTOP_CODE = "000.91.01.H37"

PROVINCE = {
    "code": "000.00.00.H37",
    "name": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "short_name": "UBND tỉnh Lạng Sơn",
    "level": "province",
}


# Agencies: level is one of department, district, commune, reception, central,
# enterprise. Dates are ISO strings; successor is the code of the unit that took
# over the open dossiers of an abolished one.
AGENCIES = [
    {
        "code": "000.00.01.H37",
        "name": "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn",
        "short_name": "Văn phòng UBND tỉnh",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 605",
    },
    {
        "code": "000.00.02.H37",
        "name": "Sở Nội vụ tỉnh Lạng Sơn",
        "short_name": "Sở Nội vụ",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 5 đường Hoàng Văn Thụ, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 547",
    },
    {
        "code": "000.00.03.H37",
        "name": "Sở Tư pháp tỉnh Lạng Sơn",
        "short_name": "Sở Tư pháp",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 290",
    },
    {
        "code": "000.00.04.H37",
        "name": "Sở Tài chính tỉnh Lạng Sơn",
        "short_name": "Sở Tài chính",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 3 đường Quang Trung, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 178",
    },
    {
        "code": "000.00.05.H37",
        "name": "Sở Xây dựng tỉnh Lạng Sơn",
        "short_name": "Sở Xây dựng",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 20 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3812 465",
    },
    {
        "code": "000.00.06.H37",
        "name": "Sở Công Thương tỉnh Lạng Sơn",
        "short_name": "Sở Công Thương",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 9 đường Lý Thái Tổ, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 338",
    },
    {
        "code": "000.00.07.H37",
        "name": "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
        "short_name": "Sở Khoa học và Công nghệ",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 1 đường Lê Đại Hành, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 441",
    },
    {
        "code": "000.00.08.H37",
        "name": "Sở Y tế tỉnh Lạng Sơn",
        "short_name": "Sở Y tế",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 6 đường Trần Đăng Ninh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3812 143",
    },
    {
        "code": "000.00.09.H37",
        "name": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
        "short_name": "Sở Giáo dục và Đào tạo",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 2 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3812 256",
    },
    {
        "code": "000.00.10.H37",
        "name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
        "short_name": "Sở Văn hóa, Thể thao và Du lịch",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 86 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 386",
    },
    {
        "code": "000.00.11.H37",
        "name": "Sở Dân tộc và Tôn giáo tỉnh Lạng Sơn",
        "short_name": "Sở Dân tộc và Tôn giáo",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 4 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 612",
    },
    {
        "code": "000.00.12.H37",
        "name": "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn",
        "short_name": "Sở Nông nghiệp và Môi trường",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 162 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 313",
    },
    {
        "code": "000.00.13.H37",
        "name": "Sở Ngoại vụ tỉnh Lạng Sơn",
        "short_name": "Sở Ngoại vụ",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 592",
    },
    {
        "code": "000.00.14.H37",
        "name": "Thanh tra tỉnh Lạng Sơn",
        "short_name": "Thanh tra tỉnh",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 10 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3812 411",
    },
    {
        "code": "000.00.15.H37",
        "name": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
        "short_name": "Ban Quản lý Khu kinh tế cửa khẩu",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 7 đường Đinh Tiên Hoàng, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3717 668",
    },
    {
        "code": "000.12.01.H37",
        "name": "Chi cục Chăn nuôi và Thú y tỉnh Lạng Sơn",
        "short_name": "Chi cục Chăn nuôi và Thú y",
        "level": "department",
        "parent": "000.00.12.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 1 đường Phai Vệ, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 252",
    },
    {
        "code": "000.12.02.H37",
        "name": "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Lạng Sơn",
        "short_name": "Chi cục Trồng trọt và Bảo vệ thực vật",
        "level": "department",
        "parent": "000.00.12.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 25 đường Trần Quang Khải, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 372",
    },
    {
        "code": "000.12.03.H37",
        "name": "Văn phòng Đăng ký đất đai tỉnh Lạng Sơn",
        "short_name": "Văn phòng Đăng ký đất đai",
        "level": "department",
        "parent": "000.00.12.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 162 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3718 966",
    },
    {
        "code": "000.04.01.H37",
        "name": "Phòng Đăng ký kinh doanh – Sở Tài chính tỉnh Lạng Sơn",
        "short_name": "Phòng Đăng ký kinh doanh",
        "level": "department",
        "parent": "000.00.04.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 3 đường Quang Trung, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 159",
    },
    {
        "code": "000.00.50.H37",
        "name": "Công an tỉnh Lạng Sơn",
        "short_name": "Công an tỉnh",
        "level": "central",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 9 đường Lê Đại Hành, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3870 210",
    },
    {
        "code": "000.00.51.H37",
        "name": "Bảo hiểm xã hội tỉnh Lạng Sơn",
        "short_name": "BHXH tỉnh Lạng Sơn",
        "level": "central",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 1 đường Hoàng Văn Thụ, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3811 919",
    },
    {
        "code": "000.00.52.H37",
        "name": "Thuế tỉnh Lạng Sơn",
        "short_name": "Thuế tỉnh Lạng Sơn",
        "level": "central",
        "parent": "000.00.00.H37",
        "active_from": "2025-03-01",
        "active_to": None,
        "successor": None,
        "address": "Số 5 đường Lý Thường Kiệt, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3812 126",
    },
    {
        "code": "000.00.60.H37",
        "name": "Công ty Điện lực Lạng Sơn",
        "short_name": "PC Lạng Sơn",
        "level": "enterprise",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 51 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3814 338",
    },
    {
        "code": "000.00.70.H37",
        "name": "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn",
        "short_name": "Trung tâm Phục vụ HCC tỉnh",
        "level": "reception",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": None,
        "successor": None,
        "address": "Số 4 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3808 080",
    },
    {
        "code": "000.00.81.H37",
        "name": "Ủy ban nhân dân phường Đông Kinh",
        "short_name": "UBND phường Đông Kinh",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 50 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3870 481",
    },
    {
        "code": "000.81.01.H37",
        "name": "Bộ phận Một cửa phường Đông Kinh",
        "short_name": "Một cửa phường Đông Kinh",
        "level": "reception",
        "parent": "000.00.81.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 50 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "phone": "0205 3870 481",
    },
    {
        "code": "000.00.82.H37",
        "name": "Ủy ban nhân dân phường Lương Văn Tri",
        "short_name": "UBND phường Lương Văn Tri",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 8 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3870 482",
    },
    {
        "code": "000.82.01.H37",
        "name": "Bộ phận Một cửa phường Lương Văn Tri",
        "short_name": "Một cửa phường Lương Văn Tri",
        "level": "reception",
        "parent": "000.00.82.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 8 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "phone": "0205 3870 482",
    },
    {
        "code": "000.00.83.H37",
        "name": "Ủy ban nhân dân phường Tam Thanh",
        "short_name": "UBND phường Tam Thanh",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 3 đường Ngô Thì Sỹ, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3870 483",
    },
    {
        "code": "000.83.01.H37",
        "name": "Bộ phận Một cửa phường Tam Thanh",
        "short_name": "Một cửa phường Tam Thanh",
        "level": "reception",
        "parent": "000.00.83.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 3 đường Ngô Thì Sỹ, phường Tam Thanh, tỉnh Lạng Sơn",
        "phone": "0205 3870 483",
    },
    {
        "code": "000.00.84.H37",
        "name": "Ủy ban nhân dân phường Kỳ Lừa",
        "short_name": "UBND phường Kỳ Lừa",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 12 đường Kỳ Lừa, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "phone": "0205 3870 484",
    },
    {
        "code": "000.84.01.H37",
        "name": "Bộ phận Một cửa phường Kỳ Lừa",
        "short_name": "Một cửa phường Kỳ Lừa",
        "level": "reception",
        "parent": "000.00.84.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Số 12 đường Kỳ Lừa, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "phone": "0205 3870 484",
    },
    {
        "code": "000.00.85.H37",
        "name": "Ủy ban nhân dân xã Cao Lộc",
        "short_name": "UBND xã Cao Lộc",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối 4, xã Cao Lộc, tỉnh Lạng Sơn",
        "phone": "0205 3861 306",
    },
    {
        "code": "000.85.01.H37",
        "name": "Bộ phận Một cửa xã Cao Lộc",
        "short_name": "Một cửa xã Cao Lộc",
        "level": "reception",
        "parent": "000.00.85.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối 4, xã Cao Lộc, tỉnh Lạng Sơn",
        "phone": "0205 3861 306",
    },
    {
        "code": "000.00.86.H37",
        "name": "Ủy ban nhân dân xã Đồng Đăng",
        "short_name": "UBND xã Đồng Đăng",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối 1, xã Đồng Đăng, tỉnh Lạng Sơn",
        "phone": "0205 3851 215",
    },
    {
        "code": "000.86.01.H37",
        "name": "Bộ phận Một cửa xã Đồng Đăng",
        "short_name": "Một cửa xã Đồng Đăng",
        "level": "reception",
        "parent": "000.00.86.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối 1, xã Đồng Đăng, tỉnh Lạng Sơn",
        "phone": "0205 3851 215",
    },
    {
        "code": "000.00.87.H37",
        "name": "Ủy ban nhân dân xã Na Sầm",
        "short_name": "UBND xã Na Sầm",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối Mới, xã Na Sầm, tỉnh Lạng Sơn",
        "phone": "0205 3880 217",
    },
    {
        "code": "000.87.01.H37",
        "name": "Bộ phận Một cửa xã Na Sầm",
        "short_name": "Một cửa xã Na Sầm",
        "level": "reception",
        "parent": "000.00.87.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khối Mới, xã Na Sầm, tỉnh Lạng Sơn",
        "phone": "0205 3880 217",
    },
    {
        "code": "000.00.88.H37",
        "name": "Ủy ban nhân dân xã Hữu Lũng",
        "short_name": "UBND xã Hữu Lũng",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khu An Ninh, xã Hữu Lũng, tỉnh Lạng Sơn",
        "phone": "0205 3825 114",
    },
    {
        "code": "000.88.01.H37",
        "name": "Bộ phận Một cửa xã Hữu Lũng",
        "short_name": "Một cửa xã Hữu Lũng",
        "level": "reception",
        "parent": "000.00.88.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khu An Ninh, xã Hữu Lũng, tỉnh Lạng Sơn",
        "phone": "0205 3825 114",
    },
    {
        "code": "000.00.89.H37",
        "name": "Ủy ban nhân dân xã Lộc Bình",
        "short_name": "UBND xã Lộc Bình",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khu Minh Khai, xã Lộc Bình, tỉnh Lạng Sơn",
        "phone": "0205 3840 208",
    },
    {
        "code": "000.89.01.H37",
        "name": "Bộ phận Một cửa xã Lộc Bình",
        "short_name": "Một cửa xã Lộc Bình",
        "level": "reception",
        "parent": "000.00.89.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Khu Minh Khai, xã Lộc Bình, tỉnh Lạng Sơn",
        "phone": "0205 3840 208",
    },
    {
        "code": "000.00.90.H37",
        "name": "Ủy ban nhân dân xã Mẫu Sơn",
        "short_name": "UBND xã Mẫu Sơn",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Thôn Khuổi Tát, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "phone": "0205 3840 390",
    },
    {
        "code": "000.90.01.H37",
        "name": "Bộ phận Một cửa xã Mẫu Sơn",
        "short_name": "Một cửa xã Mẫu Sơn",
        "level": "reception",
        "parent": "000.00.90.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Thôn Khuổi Tát, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "phone": "0205 3840 390",
    },
    {
        "code": "000.00.91.H37",
        "name": "Ủy ban nhân dân xã Quảng Lạc",
        "short_name": "UBND xã Quảng Lạc",
        "level": "commune",
        "parent": "000.00.00.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Thôn Nà Chuông, xã Quảng Lạc, tỉnh Lạng Sơn",
        "phone": "0205 3870 491",
    },
    {
        "code": "000.91.01.H37",
        "name": "Bộ phận Một cửa xã Quảng Lạc",
        "short_name": "Một cửa xã Quảng Lạc",
        "level": "reception",
        "parent": "000.00.91.H37",
        "active_from": "2025-07-01",
        "active_to": None,
        "successor": None,
        "address": "Thôn Nà Chuông, xã Quảng Lạc, tỉnh Lạng Sơn",
        "phone": "0205 3870 491",
    },
    {
        "code": "000.00.21.H37",
        "name": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn",
        "short_name": "Sở Nông nghiệp và PTNT",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.12.H37",
        "address": (
            "Số 162 đường Bà Triệu, phường Đông Kinh, thành phố Lạng Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.22.H37",
        "name": "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn",
        "short_name": "Sở Tài nguyên và Môi trường",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.12.H37",
        "address": (
            "Số 3 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng "
            "Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.23.H37",
        "name": "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn",
        "short_name": "Sở Kế hoạch và Đầu tư",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.04.H37",
        "address": (
            "Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.24.H37",
        "name": "Sở Giao thông vận tải tỉnh Lạng Sơn",
        "short_name": "Sở Giao thông vận tải",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.05.H37",
        "address": (
            "Số 20 đường Tam Thanh, phường Tam Thanh, thành phố Lạng Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.25.H37",
        "name": "Sở Lao động – Thương binh và Xã hội tỉnh Lạng Sơn",
        "short_name": "Sở Lao động – TB&XH",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.02.H37",
        "address": (
            "Số 5 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng "
            "Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.26.H37",
        "name": "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
        "short_name": "Sở Thông tin và Truyền thông",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.07.H37",
        "address": (
            "Số 1 đường Lê Đại Hành, phường Đông Kinh, thành phố Lạng Sơn, tỉnh Lạng "
            "Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.27.H37",
        "name": "Ban Dân tộc tỉnh Lạng Sơn",
        "short_name": "Ban Dân tộc",
        "level": "department",
        "parent": "000.00.00.H37",
        "active_from": None,
        "active_to": "2025-02-28",
        "successor": "000.00.11.H37",
        "address": (
            "Số 4 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.31.H37",
        "name": "Ủy ban nhân dân thành phố Lạng Sơn",
        "short_name": "UBND thành phố Lạng Sơn",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": (
            "Số 1 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.32.H37",
        "name": "Ủy ban nhân dân huyện Cao Lộc",
        "short_name": "UBND huyện Cao Lộc",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khối 4, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.33.H37",
        "name": "Ủy ban nhân dân huyện Lộc Bình",
        "short_name": "UBND huyện Lộc Bình",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu Minh Khai, thị trấn Lộc Bình, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.34.H37",
        "name": "Ủy ban nhân dân huyện Đình Lập",
        "short_name": "UBND huyện Đình Lập",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu 2, thị trấn Đình Lập, huyện Đình Lập, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.35.H37",
        "name": "Ủy ban nhân dân huyện Chi Lăng",
        "short_name": "UBND huyện Chi Lăng",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu Hòa Bình, thị trấn Đồng Mỏ, huyện Chi Lăng, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.36.H37",
        "name": "Ủy ban nhân dân huyện Hữu Lũng",
        "short_name": "UBND huyện Hữu Lũng",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu An Ninh, thị trấn Hữu Lũng, huyện Hữu Lũng, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.37.H37",
        "name": "Ủy ban nhân dân huyện Bắc Sơn",
        "short_name": "UBND huyện Bắc Sơn",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": (
            "Khu phố Trần Đăng Ninh, thị trấn Bắc Sơn, huyện Bắc Sơn, tỉnh Lạng Sơn"
        ),
        "phone": "",
    },
    {
        "code": "000.00.38.H37",
        "name": "Ủy ban nhân dân huyện Bình Gia",
        "short_name": "UBND huyện Bình Gia",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu 4, thị trấn Bình Gia, huyện Bình Gia, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.39.H37",
        "name": "Ủy ban nhân dân huyện Văn Quan",
        "short_name": "UBND huyện Văn Quan",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu Phố Chùa, thị trấn Văn Quan, huyện Văn Quan, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.40.H37",
        "name": "Ủy ban nhân dân huyện Văn Lãng",
        "short_name": "UBND huyện Văn Lãng",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khối Mới, thị trấn Na Sầm, huyện Văn Lãng, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.00.41.H37",
        "name": "Ủy ban nhân dân huyện Tràng Định",
        "short_name": "UBND huyện Tràng Định",
        "level": "district",
        "parent": "000.00.00.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": None,
        "address": "Khu 5, thị trấn Thất Khê, huyện Tràng Định, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.31.20.H37",
        "name": "Ủy ban nhân dân phường Chi Lăng (thành phố Lạng Sơn)",
        "short_name": "UBND phường Chi Lăng (cũ)",
        "level": "commune",
        "parent": "000.00.31.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.82.H37",
        "address": "phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.31.21.H37",
        "name": "Ủy ban nhân dân phường Đông Kinh (thành phố Lạng Sơn)",
        "short_name": "UBND phường Đông Kinh (cũ)",
        "level": "commune",
        "parent": "000.00.31.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.81.H37",
        "address": "phường Đông Kinh, thành phố Lạng Sơn, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.31.22.H37",
        "name": "Ủy ban nhân dân phường Tam Thanh (thành phố Lạng Sơn)",
        "short_name": "UBND phường Tam Thanh (cũ)",
        "level": "commune",
        "parent": "000.00.31.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.83.H37",
        "address": "phường Tam Thanh, thành phố Lạng Sơn, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.32.20.H37",
        "name": "Ủy ban nhân dân thị trấn Cao Lộc (huyện Cao Lộc)",
        "short_name": "UBND thị trấn Cao Lộc (cũ)",
        "level": "commune",
        "parent": "000.00.32.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.85.H37",
        "address": "thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.32.21.H37",
        "name": "Ủy ban nhân dân thị trấn Đồng Đăng (huyện Cao Lộc)",
        "short_name": "UBND thị trấn Đồng Đăng (cũ)",
        "level": "commune",
        "parent": "000.00.32.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.86.H37",
        "address": "thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.20.H37",
        "name": "Ủy ban nhân dân thị trấn Lộc Bình (huyện Lộc Bình)",
        "short_name": "UBND thị trấn Lộc Bình (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.89.H37",
        "address": "thị trấn Lộc Bình, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.21.H37",
        "name": "Ủy ban nhân dân xã Khánh Xuân (huyện Lộc Bình)",
        "short_name": "UBND xã Khánh Xuân (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2020-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.89.H37",
        "address": "xã Khánh Xuân, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.22.H37",
        "name": "Ủy ban nhân dân xã Đồng Bục (huyện Lộc Bình)",
        "short_name": "UBND xã Đồng Bục (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.89.H37",
        "address": "xã Đồng Bục, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.23.H37",
        "name": "Ủy ban nhân dân xã Hữu Khánh (huyện Lộc Bình)",
        "short_name": "UBND xã Hữu Khánh (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.89.H37",
        "address": "xã Hữu Khánh, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.24.H37",
        "name": "Ủy ban nhân dân xã Mẫu Sơn (huyện Lộc Bình)",
        "short_name": "UBND xã Mẫu Sơn (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.90.H37",
        "address": "xã Mẫu Sơn, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.25.H37",
        "name": "Ủy ban nhân dân xã Yên Khoái (huyện Lộc Bình)",
        "short_name": "UBND xã Yên Khoái (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.90.H37",
        "address": "xã Yên Khoái, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.33.26.H37",
        "name": "Ủy ban nhân dân xã Tú Mịch (huyện Lộc Bình)",
        "short_name": "UBND xã Tú Mịch (cũ)",
        "level": "commune",
        "parent": "000.00.33.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.90.H37",
        "address": "xã Tú Mịch, huyện Lộc Bình, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.40.20.H37",
        "name": "Ủy ban nhân dân thị trấn Na Sầm (huyện Văn Lãng)",
        "short_name": "UBND thị trấn Na Sầm (cũ)",
        "level": "commune",
        "parent": "000.00.40.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.87.H37",
        "address": "thị trấn Na Sầm, huyện Văn Lãng, tỉnh Lạng Sơn",
        "phone": "",
    },
    {
        "code": "000.36.20.H37",
        "name": "Ủy ban nhân dân thị trấn Hữu Lũng (huyện Hữu Lũng)",
        "short_name": "UBND thị trấn Hữu Lũng (cũ)",
        "level": "commune",
        "parent": "000.00.36.H37",
        "active_from": "2015-01-01",
        "active_to": "2025-06-30",
        "successor": "000.00.88.H37",
        "address": "thị trấn Hữu Lũng, huyện Hữu Lũng, tỉnh Lạng Sơn",
        "phone": "",
    },
]


# Fields of procedures (lĩnh vực).
FIELDS = [
    {"code": "G09-NN01", "name": "Thú y"},
    {"code": "G09-NN02", "name": "Chăn nuôi"},
    {"code": "G09-NN03", "name": "Trồng trọt"},
    {"code": "G09-NN04", "name": "Bảo vệ thực vật"},
    {"code": "G09-NN05", "name": "Quản lý chất lượng nông lâm sản và thủy sản"},
    {"code": "G09-MT01", "name": "Đất đai"},
    {"code": "G09-MT02", "name": "Môi trường"},
    {"code": "G09-MT03", "name": "Tài nguyên nước"},
    {"code": "G05-TP01", "name": "Hộ tịch"},
    {"code": "G05-TP02", "name": "Chứng thực"},
    {"code": "G05-TP03", "name": "Lý lịch tư pháp"},
    {"code": "G05-TP04", "name": "Công chứng"},
    {"code": "G03-TC01", "name": "Thành lập và hoạt động của hộ kinh doanh"},
    {"code": "G03-TC02", "name": "Thành lập và hoạt động doanh nghiệp"},
    {"code": "G03-TC03", "name": "Đầu tư tại Việt Nam"},
    {"code": "G10-XD01", "name": "Hoạt động xây dựng"},
    {"code": "G10-XD02", "name": "Đường bộ"},
    {"code": "G11-GD01", "name": "Giáo dục trung học"},
    {"code": "G11-GD02", "name": "Thi, tuyển sinh"},
    {"code": "G11-GD03", "name": "Văn bằng, chứng chỉ"},
    {"code": "G02-NV01", "name": "Việc làm"},
    {"code": "G02-NV02", "name": "Lao động"},
    {"code": "G02-NV03", "name": "An toàn, vệ sinh lao động"},
    {"code": "G02-NV04", "name": "Người có công"},
    {"code": "G12-YT01", "name": "Dược phẩm"},
    {"code": "G12-YT02", "name": "Khám bệnh, chữa bệnh"},
    {"code": "G12-YT03", "name": "Bảo trợ xã hội"},
    {"code": "G12-YT04", "name": "Giảm nghèo"},
    {"code": "G06-CT01", "name": "Điện"},
    {"code": "G06-CT02", "name": "Lưu thông hàng hóa trong nước"},
    {"code": "G06-CT03", "name": "Kinh doanh xăng dầu"},
    {"code": "G06-CT04", "name": "An toàn thực phẩm"},
    {"code": "G14-VH01", "name": "Văn hóa cơ sở"},
    {"code": "G14-VH02", "name": "Du lịch"},
    {"code": "G01-CA01", "name": "Cư trú"},
    {"code": "G01-CA02", "name": "Căn cước"},
    {"code": "G01-CA03", "name": "Đăng ký, quản lý phương tiện giao thông"},
    {"code": "G01-CA04", "name": "Giấy phép lái xe"},
    {"code": "G16-BH01", "name": "Thu, cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế"},
]


# Groups of counters: A to H at the Center, Q at the one-stop unit of Quảng Lạc.
COUNTER_GROUPS = [
    {"code": "A", "name": "Nông nghiệp và Môi trường", "reception": "000.00.70.H37"},
    {"code": "B", "name": "Tư pháp – Nội vụ", "reception": "000.00.70.H37"},
    {"code": "C", "name": "Xây dựng – Giao thông", "reception": "000.00.70.H37"},
    {"code": "D", "name": "Tài chính – Đầu tư", "reception": "000.00.70.H37"},
    {"code": "E", "name": "Y tế – Giáo dục", "reception": "000.00.70.H37"},
    {"code": "F", "name": "Công Thương – Điện lực", "reception": "000.00.70.H37"},
    {
        "code": "G",
        "name": "Văn hóa, Thể thao và Du lịch – Khoa học",
        "reception": "000.00.70.H37",
    },
    {
        "code": "H",
        "name": "Công an – Bảo hiểm xã hội – Thuế",
        "reception": "000.00.70.H37",
    },
    {"code": "Q", "name": "Quầy một cửa", "reception": "000.91.01.H37"},
]


# Procedures. limit_unit: working_days, working_hours, calendar_days or none.
# Workflow step shares add up to 1; actor is reception, deciding or consulted
# (a consulted step names its agency). Info-only procedures have no form and no
# steps.
PROCEDURES = [
    {
        "code": "1.004227",
        "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định điều kiện buôn bán thuốc thú y",
                "amount": 230000,
                "note": "Thu một lần khi thẩm định (Thông tư số 101/2020/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đăng ký cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y "
                    "(Mẫu số 01)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản thuyết minh chi tiết về cơ sở vật chất, kỹ thuật của cửa hàng "
                    "(Mẫu số 02)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Chứng chỉ hành nghề thú y của người phụ trách kỹ thuật",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người đại diện cơ sở (xuất "
                    "trình khi nộp trực tiếp; không phải nộp nếu đã khai thác được từ "
                    "Cơ sở dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết "
            "một số điều của Luật Thú y;\n"
            "Nghị định số 123/2018/NĐ-CP ngày 17/9/2018 của Chính phủ sửa đổi, bổ sung "
            "một số nghị định quy định về điều kiện đầu tư, kinh doanh trong lĩnh vực "
            "nông nghiệp;\n"
            "Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác thú y."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở buôn bán",
                "type": "text",
                "required": True,
                "hint": (
                    "Ghi đúng tên trên Giấy chứng nhận đăng ký hộ kinh doanh/doanh "
                    "nghiệp"
                ),
                "max_length": 255,
            },
            {
                "name": "dia_chi_co_so",
                "label": "Địa chỉ cửa hàng",
                "type": "textarea",
                "required": True,
                "hint": "Số nhà, thôn/khối, xã/phường",
            },
            {
                "name": "nguoi_phu_trach",
                "label": "Người phụ trách kỹ thuật",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 100,
            },
            {
                "name": "so_chung_chi_hanh_nghe",
                "label": "Số chứng chỉ hành nghề thú y",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 50,
            },
            {
                "name": "dien_tich_cua_hang",
                "label": "Diện tích cửa hàng (m²)",
                "type": "number",
                "required": True,
                "hint": "Theo bản thuyết minh cơ sở vật chất",
            },
            {
                "name": "loai_thuoc",
                "label": "Loại thuốc thú y kinh doanh",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["duoc_pham", "Dược phẩm, hóa chất dùng trong thú y"],
                    ["sinh_hoc", "Vắc xin, chế phẩm sinh học, vi sinh vật"],
                    ["ca_hai", "Cả hai loại"],
                ],
            },
            {
                "name": "co_bao_quan_lanh",
                "label": (
                    "Có tủ lạnh hoặc thiết bị bảo quản lạnh cho vắc xin, chế phẩm sinh "
                    "học"
                ),
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra điều kiện cơ sở",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.003810",
        "name": "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định điều kiện buôn bán thuốc thú y",
                "amount": 230000,
                "note": (
                    "Chỉ thu khi cấp lại do Giấy chứng nhận hết hiệu lực; cấp lại do "
                    "bị mất, hư hỏng hoặc thay đổi thông tin không thu"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đăng ký cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc "
                    "thú y (Mẫu số 01)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đã được cấp (nếu còn)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Bản thuyết minh cơ sở vật chất, kỹ thuật (trường hợp Giấy chứng "
                    "nhận hết hiệu lực hoặc thay đổi điều kiện)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y (cấp lại)",
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết "
            "một số điều của Luật Thú y;\n"
            "Nghị định số 123/2018/NĐ-CP ngày 17/9/2018 của Chính phủ sửa đổi, bổ sung "
            "một số nghị định quy định về điều kiện đầu tư, kinh doanh trong lĩnh vực "
            "nông nghiệp;\n"
            "Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác thú y."
        ),
        "online_only": True,
        "counter_group": "A",
        "where": (
            "Chỉ nộp trực tuyến trên Cổng Dịch vụ công quốc gia; tổ hướng dẫn tại "
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri) hỗ trợ nộp hồ sơ trực tuyến"
        ),
        "form": [
            {
                "name": "so_giay_chung_nhan_cu",
                "label": "Số Giấy chứng nhận đã được cấp",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 50,
            },
            {
                "name": "ngay_cap_cu",
                "label": "Ngày cấp Giấy chứng nhận cũ",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "ly_do_cap_lai",
                "label": "Lý do đề nghị cấp lại",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["het_han", "Giấy chứng nhận hết hiệu lực"],
                    ["mat_hong", "Bị mất, hư hỏng"],
                    ["thay_doi", "Thay đổi thông tin tổ chức, cá nhân"],
                ],
            },
            {
                "name": "noi_dung_thay_doi",
                "label": "Nội dung thay đổi (nếu có)",
                "type": "textarea",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.003619",
        "name": (
            "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra "
            "khỏi địa bàn cấp tỉnh"
        ),
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.12.01.H37",
        "service_level": "partial",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Lệ phí cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật"
                ),
                "amount": 40000,
                "note": (
                    "Đồng/lần cấp; chưa gồm phí kiểm dịch tính theo lô hàng (Thông tư "
                    "số 101/2020/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra "
                    "khỏi địa bàn cấp tỉnh (Mẫu 1, Phụ lục V Thông tư số "
                    "25/2016/TT-BNNPTNT)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu 1 – Phụ lục V",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy chứng nhận cơ sở an toàn dịch bệnh hoặc kết quả xét nghiệm "
                    "bệnh (nếu có)"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": (
            "Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi "
            "địa bàn cấp tỉnh"
        ),
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Thông tư số 25/2016/TT-BNNPTNT ngày 30/6/2016 của Bộ Nông nghiệp và Phát "
            "triển nông thôn quy định về kiểm dịch động vật, sản phẩm động vật trên "
            "cạn;\n"
            "Thông tư số 35/2018/TT-BNNPTNT ngày 25/12/2018 sửa đổi, bổ sung một số "
            "điều của Thông tư số 25/2016/TT-BNNPTNT;\n"
            "Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác thú y."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_hang",
                "label": "Loại hàng",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["dong_vat", "Động vật"],
                    ["san_pham", "Sản phẩm động vật"],
                ],
            },
            {
                "name": "ten_hang",
                "label": "Tên động vật, sản phẩm động vật",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: lợn thịt, trâu, thịt lợn mảnh",
            },
            {
                "name": "so_luong",
                "label": "Số lượng",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "don_vi_tinh",
                "label": "Đơn vị tính",
                "type": "text",
                "required": True,
                "hint": "con, kg, tấn",
                "max_length": 20,
            },
            {
                "name": "noi_xuat_phat",
                "label": "Nơi xuất phát",
                "type": "text",
                "required": True,
                "hint": "Tên cơ sở, địa chỉ",
            },
            {
                "name": "noi_den",
                "label": "Nơi đến",
                "type": "text",
                "required": True,
                "hint": "Tỉnh, thành phố nơi đến",
            },
            {
                "name": "ngay_van_chuyen",
                "label": "Ngày dự kiến vận chuyển",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "bien_so_phuong_tien",
                "label": "Biển số phương tiện vận chuyển",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra lâm sàng, lấy mẫu, kiểm dịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004022",
        "name": (
            "Cấp chứng chỉ hành nghề thú y (thuộc thẩm quyền cơ quan quản lý chuyên "
            "ngành thú y cấp tỉnh)"
        ),
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.12.01.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Đơn đăng ký cấp chứng chỉ hành nghề thú y (Mẫu số 01)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Văn bằng, chứng chỉ chuyên môn phù hợp với loại hình hành nghề"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh cấp",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": "Ảnh màu 4 cm x 6 cm chụp trong thời gian không quá 06 tháng",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Chứng chỉ hành nghề thú y",
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết "
            "một số điều của Luật Thú y;\n"
            "Nghị định số 123/2018/NĐ-CP ngày 17/9/2018 của Chính phủ sửa đổi, bổ sung "
            "một số nghị định quy định về điều kiện đầu tư, kinh doanh trong lĩnh vực "
            "nông nghiệp."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "trinh_do",
                "label": "Trình độ chuyên môn",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["trung_cap", "Trung cấp"],
                    ["cao_dang", "Cao đẳng"],
                    ["dai_hoc", "Đại học trở lên"],
                ],
            },
            {
                "name": "chuyen_nganh",
                "label": "Chuyên ngành đào tạo",
                "type": "text",
                "required": True,
                "hint": "Thú y, chăn nuôi thú y, ...",
            },
            {
                "name": "pham_vi_hanh_nghe",
                "label": "Phạm vi hành nghề đề nghị cấp",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["chan_doan", "Chẩn đoán, chữa bệnh, phẫu thuật động vật"],
                    ["tiem_phong", "Tiêm phòng, chữa bệnh, thiến, hoạn động vật"],
                    ["xet_nghiem", "Xét nghiệm bệnh động vật"],
                    ["buon_ban", "Buôn bán thuốc thú y"],
                ],
            },
            {
                "name": "noi_hanh_nghe",
                "label": "Địa chỉ dự kiến hành nghề",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004029",
        "name": (
            "Cấp lại chứng chỉ hành nghề thú y (thuộc thẩm quyền cơ quan quản lý "
            "chuyên ngành thú y cấp tỉnh)"
        ),
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.12.01.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Đơn đề nghị cấp lại chứng chỉ hành nghề thú y (Mẫu số 01)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Chứng chỉ hành nghề thú y đã được cấp (trường hợp bị hư hỏng)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": "Ảnh màu 4 cm x 6 cm",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Chứng chỉ hành nghề thú y (cấp lại)",
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết "
            "một số điều của Luật Thú y;\n"
            "Nghị định số 123/2018/NĐ-CP ngày 17/9/2018 của Chính phủ sửa đổi, bổ sung "
            "một số nghị định quy định về điều kiện đầu tư, kinh doanh trong lĩnh vực "
            "nông nghiệp."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "so_chung_chi_cu",
                "label": "Số chứng chỉ hành nghề đã được cấp",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 50,
            },
            {
                "name": "ly_do_cap_lai",
                "label": "Lý do cấp lại",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["mat", "Bị mất"],
                    ["hong", "Bị hư hỏng"],
                    ["het_han", "Hết thời hạn hiệu lực"],
                    ["thay_doi", "Thay đổi thông tin cá nhân"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.002239",
        "name": "Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật trên cạn",
        "field": "G09-NN01",
        "level": "province",
        "agency": "000.12.01.H37",
        "service_level": "info",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật"
                ),
                "amount": 300000,
                "note": (
                    "Chưa gồm chi phí lấy mẫu, xét nghiệm (Thông tư số 101/2020/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Văn bản đề nghị công nhận cơ sở an toàn dịch bệnh động vật (Mẫu "
                    "số 01)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Báo cáo kết quả giám sát dịch bệnh, kết quả xét nghiệm",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy chứng nhận cơ sở an toàn dịch bệnh động vật",
        "legal_basis": (
            "Luật Thú y số 79/2015/QH13;\n"
            "Thông tư số 24/2022/TT-BNNPTNT ngày 30/12/2022 sửa đổi, bổ sung Thông tư "
            "số 14/2016/TT-BNNPTNT quy định về vùng, cơ sở an toàn dịch bệnh động "
            "vật;\n"
            "Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác thú y."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.008128",
        "name": (
            "Cấp Giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại "
            "quy mô lớn"
        ),
        "field": "G09-NN02",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định cấp Giấy chứng nhận đủ điều kiện chăn nuôi",
                "amount": 1500000,
                "note": "Trang trại quy mô lớn (Thông tư số 24/2021/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện chăn nuôi (Mẫu số "
                    "01.ĐKCN)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01.ĐKCN",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Thuyết minh về điều kiện chăn nuôi (Mẫu số 02.ĐKCN)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02.ĐKCN",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy phép môi trường hoặc văn bản đăng ký môi trường",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đủ điều kiện chăn nuôi",
        "legal_basis": (
            "Luật Chăn nuôi số 32/2018/QH14;\n"
            "Nghị định số 13/2020/NĐ-CP ngày 21/01/2020 của Chính phủ hướng dẫn chi "
            "tiết Luật Chăn nuôi;\n"
            "Nghị định số 46/2022/NĐ-CP ngày 13/7/2022 sửa đổi, bổ sung Nghị định số "
            "13/2020/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_trang_trai",
                "label": "Tên trang trại",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_diem",
                "label": "Địa điểm chăn nuôi",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "vat_nuoi",
                "label": "Loại vật nuôi",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["lon", "Lợn"],
                    ["trau_bo", "Trâu, bò"],
                    ["gia_cam", "Gia cầm"],
                    ["khac", "Khác"],
                ],
            },
            {
                "name": "quy_mo_dvn",
                "label": "Quy mô (đơn vị vật nuôi)",
                "type": "number",
                "required": True,
                "hint": "Trang trại quy mô lớn: từ 300 đơn vị vật nuôi trở lên",
            },
            {
                "name": "xu_ly_chat_thai",
                "label": "Biện pháp xử lý chất thải",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, đánh giá điều kiện thực tế",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004363",
        "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
        "field": "G09-NN04",
        "level": "province",
        "agency": "000.12.02.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo "
                    "vệ thực vật"
                ),
                "amount": 500000,
                "note": "Thông tư số 33/2021/TT-BTC",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo "
                    "vệ thực vật (Mẫu số 06)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 06",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục XX",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Văn bằng, chứng chỉ chuyên môn về bảo vệ thực vật của người trực "
                    "tiếp bán thuốc"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
        "legal_basis": (
            "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13;\n"
            "Nghị định số 66/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định điều "
            "kiện đầu tư kinh doanh về bảo vệ và kiểm dịch thực vật;\n"
            "Nghị định số 123/2018/NĐ-CP ngày 17/9/2018 của Chính phủ;\n"
            "Thông tư số 21/2015/TT-BNNPTNT ngày 08/6/2015 về quản lý thuốc bảo vệ "
            "thực vật;\n"
            "Thông tư số 33/2021/TT-BTC."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_cua_hang",
                "label": "Tên cửa hàng",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_cua_hang",
                "label": "Địa chỉ cửa hàng",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "nguoi_ban_thuoc",
                "label": "Người trực tiếp bán thuốc",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "co_kho_rieng",
                "label": "Có kho chứa thuốc riêng",
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực tế cửa hàng",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.008004",
        "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón",
        "field": "G09-NN03",
        "level": "province",
        "agency": "000.12.02.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định điều kiện buôn bán phân bón",
                "amount": 500000,
                "note": "Thông tư số 14/2018/TT-BTC",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón "
                    "(Mẫu số 09)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 09",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Bản thuyết minh điều kiện buôn bán phân bón (Mẫu số 10)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 10",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy chứng nhận bồi dưỡng chuyên môn về phân bón của người trực "
                    "tiếp buôn bán"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đủ điều kiện buôn bán phân bón",
        "legal_basis": (
            "Luật Trồng trọt số 31/2018/QH14;\n"
            "Nghị định số 84/2019/NĐ-CP ngày 14/11/2019 của Chính phủ quy định về quản "
            "lý phân bón;\n"
            "Nghị định số 130/2022/NĐ-CP ngày 31/12/2022 sửa đổi, bổ sung Nghị định số "
            "84/2019/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_cua_hang",
                "label": "Tên cơ sở buôn bán",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_cua_hang",
                "label": "Địa chỉ cơ sở",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "dien_tich_kho",
                "label": "Diện tích kho chứa (m²)",
                "type": "number",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực tế cơ sở",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.001827",
        "name": (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở "
            "sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản"
        ),
        "field": "G09-NN05",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực "
                    "phẩm"
                ),
                "amount": 700000,
                "note": (
                    "Cơ sở kinh doanh; cơ sở sản xuất thu theo quy mô (Thông tư số "
                    "44/2018/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực "
                    "phẩm (Phụ lục V Thông tư số 38/2018/TT-BNNPTNT)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục V",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo "
                    "đảm điều kiện an toàn thực phẩm"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục VI",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "legal_basis": (
            "Luật An toàn thực phẩm số 55/2010/QH12;\n"
            "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi "
            "tiết thi hành một số điều của Luật An toàn thực phẩm;\n"
            "Thông tư số 38/2018/TT-BNNPTNT ngày 25/12/2018 của Bộ Nông nghiệp và Phát "
            "triển nông thôn;\n"
            "Thông tư số 44/2018/TT-BTC."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_co_so",
                "label": "Địa chỉ cơ sở",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "loai_hinh",
                "label": "Loại hình",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["san_xuat", "Sản xuất"],
                    ["kinh_doanh", "Kinh doanh"],
                    ["ca_hai", "Sản xuất và kinh doanh"],
                ],
            },
            {
                "name": "mat_hang",
                "label": "Mặt hàng thực phẩm",
                "type": "textarea",
                "required": True,
                "hint": "Ví dụ: thịt lợn, rau an toàn, hạt dẻ, hồi khô",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, đánh giá điều kiện thực tế",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012793",
        "name": (
            "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử "
            "dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, "
            "cộng đồng dân cư, hộ gia đình"
        ),
        "field": "G09-MT01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất",
                "amount": 100000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
            {
                "name": "Phí thẩm định hồ sơ cấp Giấy chứng nhận",
                "amount": 300000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
        ],
        "components": [
            {
                "name": "Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 04/ĐK",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": "Giấy tờ về tài sản gắn liền với đất (nếu đăng ký tài sản)",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Chứng từ thực hiện nghĩa vụ tài chính, giấy tờ miễn, giảm (nếu có)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người sử dụng đất (xuất trình "
                    "khi nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở "
                    "dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": (
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
        ),
        "legal_basis": (
            "Luật Đất đai số 31/2024/QH15;\n"
            "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều "
            "tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền "
            "sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai;\n"
            "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân "
            "định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp "
            "trong lĩnh vực đất đai."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "so_thua",
                "label": "Số thửa đất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "so_to_ban_do",
                "label": "Số tờ bản đồ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "dien_tich",
                "label": "Diện tích (m²)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "muc_dich_su_dung",
                "label": "Mục đích sử dụng đất",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["ONT", "Đất ở tại nông thôn"],
                    ["ODT", "Đất ở tại đô thị"],
                    ["LUC", "Đất chuyên trồng lúa"],
                    ["CLN", "Đất trồng cây lâu năm"],
                    ["RSX", "Đất rừng sản xuất"],
                    ["SKC", "Đất cơ sở sản xuất phi nông nghiệp"],
                ],
            },
            {
                "name": "nguon_goc",
                "label": "Nguồn gốc sử dụng đất",
                "type": "textarea",
                "required": True,
                "hint": (
                    "Ví dụ: ông bà để lại, sử dụng ổn định từ năm 1990, không tranh "
                    "chấp"
                ),
            },
            {
                "name": "dang_ky_tai_san",
                "label": "Đăng ký cả nhà ở, tài sản gắn liền với đất",
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra hồ sơ, xác minh hiện trạng, lấy ý kiến khu dân cư",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.55,
                "agency": None,
            },
            {
                "name": "Xác định nghĩa vụ tài chính về đất đai",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.2,
                "agency": "000.00.52.H37",
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012757",
        "name": (
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
            "đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, "
            "góp vốn bằng quyền sử dụng đất"
        ),
        "field": "G09-MT01",
        "level": "province",
        "agency": "000.12.03.H37",
        "service_level": "partial",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới Giấy chứng nhận)"
                ),
                "amount": 50000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
            {
                "name": "Phí thẩm định hồ sơ đăng ký biến động",
                "amount": 350000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số "
                    "11/ĐK)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 11/ĐK",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Hợp đồng, văn bản về chuyển nhượng, tặng cho, thừa kế đã được "
                    "công chứng hoặc chứng thực"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đã cấp (bản gốc)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của bên chuyển quyền và bên nhận "
                    "quyền (xuất trình khi nộp trực tiếp; không phải nộp nếu đã khai "
                    "thác được từ Cơ sở dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": (
            "Giấy chứng nhận quyền sử dụng đất (cấp mới hoặc xác nhận thay đổi trên "
            "Giấy chứng nhận đã cấp)"
        ),
        "legal_basis": (
            "Luật Đất đai số 31/2024/QH15;\n"
            "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều "
            "tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền "
            "sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai;\n"
            "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân "
            "định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp "
            "trong lĩnh vực đất đai."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_bien_dong",
                "label": "Hình thức chuyển quyền",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["chuyen_nhuong", "Chuyển nhượng"],
                    ["tang_cho", "Tặng cho"],
                    ["thua_ke", "Thừa kế"],
                    ["chuyen_doi", "Chuyển đổi"],
                    ["gop_von", "Góp vốn"],
                ],
            },
            {
                "name": "so_phat_hanh_gcn",
                "label": "Số phát hành Giấy chứng nhận",
                "type": "text",
                "required": True,
                "hint": "Hai chữ cái và 6 chữ số, ví dụ CS 123456",
                "max_length": 20,
            },
            {
                "name": "so_thua",
                "label": "Số thửa đất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "so_to_ban_do",
                "label": "Số tờ bản đồ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "ben_nhan",
                "label": "Họ tên bên nhận quyền",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_ben_nhan",
                "label": "Số định danh cá nhân bên nhận quyền",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "gia_tri_hop_dong",
                "label": "Giá trị ghi trên hợp đồng (đồng)",
                "type": "number",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra hồ sơ, chỉnh lý hồ sơ địa chính",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.55,
                "agency": None,
            },
            {
                "name": (
                    "Xác định nghĩa vụ tài chính (thuế thu nhập cá nhân, lệ phí trước "
                    "bạ)"
                ),
                "actor": "consulted",
                "role": "specialist",
                "share": 0.2,
                "agency": "000.00.52.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012766",
        "name": (
            "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền "
            "với đất"
        ),
        "field": "G09-MT01",
        "level": "province",
        "agency": "000.12.03.H37",
        "service_level": "partial",
        "limit_value": 7,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp đổi Giấy chứng nhận",
                "amount": 50000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số "
                    "11/ĐK)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 11/ĐK",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đã cấp (bản gốc)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận quyền sử dụng đất (cấp đổi)",
        "legal_basis": (
            "Luật Đất đai số 31/2024/QH15;\n"
            "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều "
            "tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền "
            "sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai;\n"
            "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân "
            "định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp "
            "trong lĩnh vực đất đai."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "so_phat_hanh_gcn",
                "label": "Số phát hành Giấy chứng nhận đang sử dụng",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "ly_do",
                "label": "Lý do cấp đổi",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["rach_hong", "Bị ố, nhòe, rách, hư hỏng"],
                    ["do_dac_lai", "Đo đạc lập bản đồ địa chính"],
                    ["mau_moi", "Đổi sang mẫu Giấy chứng nhận mới"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra hồ sơ, in Giấy chứng nhận",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012771",
        "name": "Đính chính Giấy chứng nhận đã cấp",
        "field": "G09-MT01",
        "level": "province",
        "agency": "000.12.03.H37",
        "service_level": "partial",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Đơn đề nghị đính chính Giấy chứng nhận (Mẫu số 11/ĐK)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 11/ĐK",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đã cấp (bản gốc)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy tờ chứng minh thông tin đúng (nếu có)",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy chứng nhận đã được đính chính",
        "legal_basis": (
            "Luật Đất đai số 31/2024/QH15;\n"
            "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều "
            "tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền "
            "sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai;\n"
            "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân "
            "định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp "
            "trong lĩnh vực đất đai."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "so_phat_hanh_gcn",
                "label": "Số phát hành Giấy chứng nhận",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "noi_dung_sai",
                "label": "Nội dung sai sót",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_dung_dung",
                "label": "Nội dung đề nghị đính chính",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.010727",
        "name": "Cấp giấy phép môi trường (cấp tỉnh)",
        "field": "G09-MT02",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "partial",
        "limit_value": 30,
        "limit_unit": "calendar_days",
        "fees": [
            {
                "name": "Phí thẩm định cấp giấy phép môi trường",
                "amount": 15000000,
                "note": (
                    "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh, tùy nhóm dự "
                    "án (mức minh họa)"
                ),
            },
        ],
        "components": [
            {
                "name": "Văn bản đề nghị cấp giấy phép môi trường (Mẫu Phụ lục XIII)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục XIII",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Báo cáo đề xuất cấp giấy phép môi trường",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép môi trường",
        "legal_basis": (
            "Luật Bảo vệ môi trường số 72/2020/QH14;\n"
            "Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi "
            "tiết một số điều của Luật Bảo vệ môi trường;\n"
            "Nghị định số 05/2025/NĐ-CP ngày 06/01/2025 sửa đổi, bổ sung Nghị định số "
            "08/2022/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_du_an",
                "label": "Tên dự án, cơ sở",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_diem",
                "label": "Địa điểm thực hiện",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "nhom_du_an",
                "label": "Nhóm dự án theo tiêu chí môi trường",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["I", "Nhóm I"], ["II", "Nhóm II"], ["III", "Nhóm III"]],
            },
            {
                "name": "co_dtm",
                "label": (
                    "Đã có quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác "
                    "động môi trường"
                ),
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực tế, họp hội đồng",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.65,
                "agency": None,
            },
            {
                "name": "Lấy ý kiến UBND xã nơi thực hiện dự án",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.1,
                "agency": "000.00.91.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004253",
        "name": (
            "Cấp giấy phép khai thác nước dưới đất đối với công trình có quy mô dưới "
            "3.000 m³/ngày đêm"
        ),
        "field": "G09-MT03",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "info",
        "limit_value": 30,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định đề án khai thác nước dưới đất",
                "amount": 2000000,
                "note": (
                    "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh, tùy lưu lượng "
                    "(mức minh họa)"
                ),
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị cấp giấy phép khai thác nước dưới đất",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 08",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Đề án khai thác nước dưới đất hoặc báo cáo kết quả thăm dò",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Kết quả phân tích chất lượng nguồn nước",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy phép khai thác nước dưới đất",
        "legal_basis": (
            "Luật Tài nguyên nước số 28/2023/QH15;\n"
            "Nghị định số 54/2024/NĐ-CP ngày 16/5/2024 của Chính phủ quy định việc "
            "hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài "
            "nguyên nước."
        ),
        "online_only": False,
        "counter_group": "A",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 0.5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ khai đăng ký khai sinh (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai đăng ký khai sinh",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": (
                    "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền đăng ký)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy khai sinh (bản chính và bản điện tử)",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ho_ten_tre",
                "label": "Họ, chữ đệm và tên người được khai sinh",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 100,
            },
            {
                "name": "ngay_sinh",
                "label": "Ngày, tháng, năm sinh",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "gioi_tinh",
                "label": "Giới tính",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["nam", "Nam"], ["nu", "Nữ"]],
            },
            {
                "name": "noi_sinh",
                "label": "Nơi sinh",
                "type": "text",
                "required": True,
                "hint": "Tên cơ sở y tế hoặc địa chỉ nơi sinh",
            },
            {
                "name": "dan_toc",
                "label": "Dân tộc",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: Tày, Nùng, Kinh, Dao",
            },
            {
                "name": "que_quan",
                "label": "Quê quán",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "ho_ten_me",
                "label": "Họ, chữ đệm và tên người mẹ",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_me",
                "label": "Số định danh cá nhân của mẹ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "ho_ten_cha",
                "label": "Họ, chữ đệm và tên người cha",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_cha",
                "label": "Số định danh cá nhân của cha",
                "type": "text",
                "required": False,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "quan_he",
                "label": "Quan hệ của người yêu cầu với người được khai sinh",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["cha", "Cha"],
                    ["me", "Mẹ"],
                    ["ong_ba", "Ông, bà"],
                    ["nguoi_than", "Người thân thích khác"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Công chức Tư pháp – Hộ tịch kiểm tra, ghi Sổ hộ tịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.000894",
        "name": "Đăng ký kết hôn",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 0.5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ khai đăng ký kết hôn (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai đăng ký kết hôn",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại "
                    "xã không phải nơi thường trú)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của hai bên nam, nữ (xuất trình "
                    "khi nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở "
                    "dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy chứng nhận kết hôn (hai bên cùng có mặt ký nhận)",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch;\n"
            "Luật Hôn nhân và gia đình số 52/2014/QH13."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ho_ten_chong",
                "label": "Họ, chữ đệm và tên bên nam",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh_chong",
                "label": "Ngày sinh bên nam",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_chong",
                "label": "Số định danh cá nhân bên nam",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "ho_ten_vo",
                "label": "Họ, chữ đệm và tên bên nữ",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh_vo",
                "label": "Ngày sinh bên nữ",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_vo",
                "label": "Số định danh cá nhân bên nữ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "ngay_hen_ky",
                "label": "Ngày hai bên dự kiến có mặt để ký",
                "type": "date",
                "required": True,
                "hint": (
                    "Hai bên nam, nữ phải cùng có mặt khi trao Giấy chứng nhận kết hôn"
                ),
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra điều kiện kết hôn, ghi Sổ hộ tịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.000656",
        "name": "Đăng ký khai tử",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 0.5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ khai đăng ký khai tử (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai đăng ký khai tử",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Trích lục khai tử",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ho_ten_nguoi_mat",
                "label": "Họ, chữ đệm và tên người đã mất",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_nguoi_mat",
                "label": "Số định danh cá nhân của người đã mất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "ngay_mat",
                "label": "Ngày mất",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_mat",
                "label": "Nơi mất",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "nguyen_nhan",
                "label": "Nguyên nhân",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "quan_he",
                "label": "Quan hệ với người đã mất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 50,
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, ghi Sổ hộ tịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000635",
        "name": "Cấp bản sao Trích lục hộ tịch",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 4,
        "limit_unit": "working_hours",
        "fees": [
            {
                "name": "Phí cấp bản sao Trích lục hộ tịch",
                "amount": 8000,
                "note": "Đồng/bản sao",
            },
        ],
        "components": [
            {
                "name": "Tờ khai cấp bản sao Trích lục hộ tịch (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai cấp bản sao trích lục",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Bản sao Trích lục hộ tịch",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch;\n"
            "Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "loai_trich_luc",
                "label": "Loại sự kiện hộ tịch",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["khai_sinh", "Khai sinh"],
                    ["ket_hon", "Kết hôn"],
                    ["khai_tu", "Khai tử"],
                    ["khac", "Khác"],
                ],
            },
            {
                "name": "ho_ten",
                "label": "Họ tên người được cấp bản sao",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_dang_ky",
                "label": "Ngày đăng ký sự kiện (nếu biết)",
                "type": "date",
                "required": False,
                "hint": "",
            },
            {
                "name": "noi_dang_ky",
                "label": "Nơi đã đăng ký",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_ban",
                "label": "Số bản sao yêu cầu",
                "type": "number",
                "required": True,
                "hint": "Mỗi bản 8.000 đồng",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Tra cứu Cơ sở dữ liệu hộ tịch, in bản sao",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Lãnh đạo UBND xã ký bản sao",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.001022",
        "name": "Đăng ký nhận cha, mẹ, con",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký nhận cha, mẹ, con",
                "amount": 15000,
                "note": (
                    "Mức thu theo Nghị quyết của HĐND tỉnh; miễn cho người thuộc hộ "
                    "nghèo, người khuyết tật, trẻ em, người cao tuổi và gia đình người "
                    "có công"
                ),
            },
        ],
        "components": [
            {
                "name": "Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai nhận cha, mẹ, con",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định ADN "
                    "hoặc giấy tờ khác)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của các bên (xuất trình khi nộp "
                    "trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ liệu "
                    "quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Trích lục đăng ký nhận cha, mẹ, con",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "nguoi_nhan",
                "label": "Họ tên người nhận (cha hoặc mẹ)",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "nguoi_duoc_nhan",
                "label": "Họ tên người được nhận là con",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh_con",
                "label": "Ngày sinh của con",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "loai_nhan",
                "label": "Nội dung",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["nhan_con", "Cha/mẹ nhận con"],
                    ["nhan_cha", "Con nhận cha"],
                    ["nhan_me", "Con nhận mẹ"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, xác minh, niêm yết (nếu cần)",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004884",
        "name": "Đăng ký lại khai sinh",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký lại khai sinh",
                "amount": 5000,
                "note": (
                    "Mức thu theo Nghị quyết của HĐND tỉnh; miễn cho người thuộc hộ "
                    "nghèo, người khuyết tật, trẻ em, người cao tuổi và gia đình người "
                    "có công"
                ),
            },
        ],
        "components": [
            {
                "name": "Tờ khai đăng ký lại khai sinh (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai đăng ký lại khai sinh",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản sao Giấy khai sinh hoặc giấy tờ, tài liệu có nội dung liên "
                    "quan"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy khai sinh (đăng ký lại)",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ho_ten",
                "label": "Họ tên người đề nghị đăng ký lại",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh",
                "label": "Ngày sinh",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_dang_ky_truoc",
                "label": "Nơi đã đăng ký khai sinh trước đây",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ly_do",
                "label": "Lý do sổ hộ tịch, bản chính Giấy khai sinh không còn",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, xác minh, ghi Sổ hộ tịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004873",
        "name": "Cấp Giấy xác nhận tình trạng hôn nhân",
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân",
                "amount": 3000,
                "note": (
                    "Mức thu theo Nghị quyết của HĐND tỉnh; miễn cho người thuộc hộ "
                    "nghèo, người khuyết tật, trẻ em, người cao tuổi và gia đình người "
                    "có công"
                ),
            },
        ],
        "components": [
            {
                "name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai xác nhận tình trạng hôn nhân",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng "
                    "(nếu có)"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy xác nhận tình trạng hôn nhân",
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "tinh_trang",
                "label": "Tình trạng hôn nhân hiện tại",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["chua_ket_hon", "Chưa đăng ký kết hôn với ai"],
                    ["da_ly_hon", "Đã ly hôn"],
                    ["goa", "Vợ/chồng đã chết"],
                    ["dang_co_vo_chong", "Đang có vợ/chồng"],
                ],
            },
            {
                "name": "muc_dich",
                "label": "Mục đích sử dụng",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: đăng ký kết hôn, vay vốn",
            },
            {
                "name": "noi_cu_tru_truoc",
                "label": "Các nơi đã thường trú trước đây (nếu có)",
                "type": "textarea",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, tra cứu dữ liệu hộ tịch",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000815",
        "name": (
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có "
            "thẩm quyền của Việt Nam cấp hoặc chứng nhận"
        ),
        "field": "G05-TP02",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 4,
        "limit_unit": "working_hours",
        "fees": [
            {
                "name": "Phí chứng thực bản sao từ bản chính",
                "amount": 2000,
                "note": (
                    "Đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa "
                    "200.000 đồng/bản"
                ),
            },
        ],
        "components": [
            {
                "name": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Bản sao cần chứng thực",
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Bản sao được chứng thực từ bản chính",
        "legal_basis": (
            "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao "
            "từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng "
            "thực hợp đồng, giao dịch;\n"
            "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp;\n"
            "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ten_giay_to",
                "label": "Tên giấy tờ cần chứng thực",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_trang",
                "label": "Số trang mỗi bản",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_ban",
                "label": "Số bản cần chứng thực",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Đối chiếu bản chính với bản sao",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Người có thẩm quyền ký chứng thực",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000884",
        "name": (
            "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp "
            "chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, "
            "không thể điểm chỉ được)"
        ),
        "field": "G05-TP02",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 4,
        "limit_unit": "working_hours",
        "fees": [
            {
                "name": "Phí chứng thực chữ ký",
                "amount": 10000,
                "note": "Đồng/trường hợp",
            },
        ],
        "components": [
            {
                "name": "Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy tờ, văn bản đã được chứng thực chữ ký",
        "legal_basis": (
            "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao "
            "từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng "
            "thực hợp đồng, giao dịch;\n"
            "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp;\n"
            "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ten_van_ban",
                "label": "Tên giấy tờ, văn bản",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "hinh_thuc",
                "label": "Hình thức",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["ky", "Ký"],
                    ["diem_chi", "Điểm chỉ"],
                    [
                        "nguoi_lam_chung",
                        "Không ký, không điểm chỉ được (có người làm chứng)",
                    ],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra giấy tờ, người yêu cầu ký trước mặt người thực hiện",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Người có thẩm quyền ký chứng thực",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012885",
        "name": (
            "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, "
            "cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"
        ),
        "field": "G05-TP01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": (
                    "Tờ khai điện tử liên thông (đăng ký khai sinh, đăng ký thường "
                    "trú, cấp thẻ bảo hiểm y tế)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Tờ khai liên thông",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng sinh (bản điện tử hoặc bản chụp)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": (
                    "Văn bản đồng ý của chủ hộ cho đăng ký thường trú (trường hợp "
                    "không phải chủ hộ)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": (
            "Giấy khai sinh điện tử; thông tin thường trú được cập nhật; thẻ bảo hiểm "
            "y tế điện tử"
        ),
        "legal_basis": (
            "Luật Hộ tịch số 60/2014/QH13;\n"
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Hộ tịch;\n"
            "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều "
            "của Nghị định số 123/2015/NĐ-CP;\n"
            "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi "
            "tiết thi hành Luật Hộ tịch;\n"
            "Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ quy định việc "
            "thực hiện liên thông điện tử 02 nhóm thủ tục hành chính;\n"
            "Luật Cư trú số 68/2020/QH14;\n"
            "Luật Bảo hiểm y tế số 25/2008/QH12 (được sửa đổi, bổ sung)."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ho_ten_tre",
                "label": "Họ, chữ đệm và tên trẻ",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh",
                "label": "Ngày sinh",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "gioi_tinh",
                "label": "Giới tính",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["nam", "Nam"], ["nu", "Nữ"]],
            },
            {
                "name": "dan_toc",
                "label": "Dân tộc",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ho_ten_me",
                "label": "Họ tên mẹ",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_me",
                "label": "Số định danh cá nhân của mẹ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "ho_ten_cha",
                "label": "Họ tên cha",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "noi_thuong_tru",
                "label": "Nơi đăng ký thường trú cho trẻ",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_kcb_ban_dau",
                "label": "Nơi đăng ký khám chữa bệnh ban đầu",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: Trạm Y tế xã Quảng Lạc",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Đăng ký khai sinh, cấp số định danh cá nhân",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Ký Giấy khai sinh",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Đăng ký thường trú",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.3,
                "agency": "000.00.50.H37",
            },
            {
                "name": "Cấp thẻ bảo hiểm y tế",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.3,
                "agency": "000.00.51.H37",
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.001612",
        "name": "Đăng ký thành lập hộ kinh doanh",
        "field": "G03-TC01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký hộ kinh doanh",
                "amount": 100000,
                "note": (
                    "Mức thu theo Nghị quyết của HĐND tỉnh; miễn khi nộp hồ sơ trực "
                    "tuyến"
                ),
            },
        ],
        "components": [
            {
                "name": "Giấy đề nghị đăng ký hộ kinh doanh (Mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục III-1",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh "
                    "doanh (trường hợp các thành viên hộ gia đình đăng ký)"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": "Văn bản ủy quyền cho thành viên đăng ký (nếu có)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của chủ hộ kinh doanh (xuất trình "
                    "khi nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở "
                    "dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đăng ký hộ kinh doanh",
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về "
            "phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ten_ho_kinh_doanh",
                "label": "Tên hộ kinh doanh",
                "type": "text",
                "required": True,
                "hint": (
                    "Gồm cụm từ “Hộ kinh doanh” và tên riêng, ví dụ: Hộ kinh doanh "
                    "Minh Hoa"
                ),
                "max_length": 150,
            },
            {
                "name": "dia_chi_kinh_doanh",
                "label": "Địa chỉ địa điểm kinh doanh",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "nganh_nghe",
                "label": "Ngành, nghề kinh doanh",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "von_kinh_doanh",
                "label": "Vốn kinh doanh (đồng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_lao_dong",
                "label": "Số lao động dự kiến",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "dien_thoai_ho_kd",
                "label": "Điện thoại liên hệ",
                "type": "phone",
                "required": True,
                "hint": "",
            },
            {
                "name": "email_ho_kd",
                "label": "Thư điện tử",
                "type": "email",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": (
                    "Kiểm tra tính hợp lệ của hồ sơ, nhập Hệ thống thông tin về đăng "
                    "ký hộ kinh doanh"
                ),
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000720",
        "name": "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        "field": "G03-TC01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
                "amount": 50000,
                "note": (
                    "Mức thu theo Nghị quyết của HĐND tỉnh; miễn khi nộp hồ sơ trực "
                    "tuyến"
                ),
            },
        ],
        "components": [
            {
                "name": "Thông báo thay đổi nội dung đăng ký hộ kinh doanh (Mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục III-2",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy tờ chứng minh nội dung thay đổi (nếu có)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)",
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về "
            "phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_so_ho_kinh_doanh",
                "label": "Mã số hộ kinh doanh",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "noi_dung_thay_doi",
                "label": "Nội dung thay đổi",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["nganh_nghe", "Ngành, nghề kinh doanh"],
                    ["dia_chi", "Địa chỉ kinh doanh"],
                    ["von", "Vốn kinh doanh"],
                    ["chu_ho", "Chủ hộ kinh doanh"],
                    ["ten", "Tên hộ kinh doanh"],
                ],
            },
            {
                "name": "chi_tiet",
                "label": "Chi tiết nội dung thay đổi",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra hồ sơ, cập nhật Hệ thống thông tin",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000575",
        "name": (
            "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã "
            "thông báo của hộ kinh doanh"
        ),
        "field": "G03-TC01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Thông báo về việc tạm ngừng/tiếp tục kinh doanh (Mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục III-3",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": (
            "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh"
        ),
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về "
            "phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_so_ho_kinh_doanh",
                "label": "Mã số hộ kinh doanh",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "loai_thong_bao",
                "label": "Nội dung thông báo",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["tam_ngung", "Tạm ngừng kinh doanh"],
                    ["tiep_tuc", "Tiếp tục kinh doanh trước thời hạn"],
                ],
            },
            {
                "name": "tu_ngay",
                "label": "Từ ngày",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "den_ngay",
                "label": "Đến ngày",
                "type": "date",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, cập nhật tình trạng hộ kinh doanh",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000599",
        "name": "Chấm dứt hoạt động hộ kinh doanh",
        "field": "G03-TC01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Thông báo về việc chấm dứt hoạt động hộ kinh doanh (Mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục III-4",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Thông báo của cơ quan thuế về việc hoàn thành nghĩa vụ thuế",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về "
            "phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_so_ho_kinh_doanh",
                "label": "Mã số hộ kinh doanh",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "ngay_cham_dut",
                "label": "Ngày chấm dứt hoạt động",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "da_quyet_toan_thue",
                "label": "Đã hoàn thành nghĩa vụ thuế",
                "type": "boolean",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, cập nhật tình trạng pháp lý",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.5,
                "agency": None,
            },
            {
                "name": "Xác nhận hoàn thành nghĩa vụ thuế",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.2,
                "agency": "000.00.52.H37",
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.001610",
        "name": "Đăng ký thành lập doanh nghiệp tư nhân",
        "field": "G03-TC02",
        "level": "province",
        "agency": "000.04.01.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký doanh nghiệp",
                "amount": 50000,
                "note": "Miễn khi đăng ký qua mạng thông tin điện tử",
            },
            {
                "name": "Phí công bố nội dung đăng ký doanh nghiệp",
                "amount": 100000,
                "note": (
                    "Nộp khi đề nghị công bố trên Cổng thông tin quốc gia về đăng ký "
                    "doanh nghiệp"
                ),
            },
        ],
        "components": [
            {
                "name": "Giấy đề nghị đăng ký doanh nghiệp (Phụ lục I-1)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục I-1",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư "
                    "nhân"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Giấy chứng nhận đăng ký doanh nghiệp",
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Luật số 76/2025/QH15 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 47/2019/TT-BTC ngày 05/8/2019 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký "
            "doanh nghiệp."
        ),
        "online_only": False,
        "counter_group": "D",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_doanh_nghiep",
                "label": "Tên doanh nghiệp (tiếng Việt)",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 255,
            },
            {
                "name": "ten_nuoc_ngoai",
                "label": "Tên doanh nghiệp bằng tiếng nước ngoài",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "dia_chi_tru_so",
                "label": "Địa chỉ trụ sở chính",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "von_dieu_le",
                "label": "Vốn điều lệ hoặc vốn đầu tư (đồng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "nganh_nghe_chinh",
                "label": "Ngành, nghề kinh doanh chính (mã ngành cấp 4)",
                "type": "text",
                "required": True,
                "hint": "Theo Hệ thống ngành kinh tế Việt Nam, ví dụ 4620",
            },
            {
                "name": "so_lao_dong",
                "label": "Số lao động dự kiến",
                "type": "number",
                "required": False,
                "hint": "",
            },
            {
                "name": "email_dn",
                "label": "Thư điện tử của doanh nghiệp",
                "type": "email",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra tính hợp lệ, cấp mã số doanh nghiệp",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.010026",
        "name": "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
        "field": "G03-TC02",
        "level": "province",
        "agency": "000.04.01.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký doanh nghiệp",
                "amount": 50000,
                "note": "Miễn khi đăng ký qua mạng thông tin điện tử",
            },
            {
                "name": "Phí công bố nội dung đăng ký doanh nghiệp",
                "amount": 100000,
                "note": (
                    "Nộp khi đề nghị công bố trên Cổng thông tin quốc gia về đăng ký "
                    "doanh nghiệp"
                ),
            },
        ],
        "components": [
            {
                "name": "Giấy đề nghị đăng ký doanh nghiệp (Phụ lục I-2)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục I-2",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Điều lệ công ty",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục I-10",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản sao giấy tờ pháp lý của chủ sở hữu và người đại diện theo "
                    "pháp luật"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Giấy chứng nhận đăng ký doanh nghiệp",
        "legal_basis": (
            "Luật Doanh nghiệp số 59/2020/QH14;\n"
            "Luật số 76/2025/QH15 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp;\n"
            "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh "
            "nghiệp;\n"
            "Thông tư số 47/2019/TT-BTC ngày 05/8/2019 của Bộ Tài chính quy định mức "
            "thu, chế độ thu, nộp phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký "
            "doanh nghiệp."
        ),
        "online_only": True,
        "counter_group": "D",
        "where": (
            "Chỉ nộp trực tuyến trên Cổng Dịch vụ công quốc gia; tổ hướng dẫn tại "
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri) hỗ trợ nộp hồ sơ trực tuyến"
        ),
        "form": [
            {
                "name": "ten_doanh_nghiep",
                "label": "Tên doanh nghiệp (tiếng Việt)",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 255,
            },
            {
                "name": "ten_nuoc_ngoai",
                "label": "Tên doanh nghiệp bằng tiếng nước ngoài",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "dia_chi_tru_so",
                "label": "Địa chỉ trụ sở chính",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "von_dieu_le",
                "label": "Vốn điều lệ hoặc vốn đầu tư (đồng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "nganh_nghe_chinh",
                "label": "Ngành, nghề kinh doanh chính (mã ngành cấp 4)",
                "type": "text",
                "required": True,
                "hint": "Theo Hệ thống ngành kinh tế Việt Nam, ví dụ 4620",
            },
            {
                "name": "so_lao_dong",
                "label": "Số lao động dự kiến",
                "type": "number",
                "required": False,
                "hint": "",
            },
            {
                "name": "email_dn",
                "label": "Thư điện tử của doanh nghiệp",
                "type": "email",
                "required": False,
                "hint": "",
            },
            {
                "name": "chu_so_huu",
                "label": "Chủ sở hữu",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["ca_nhan", "Cá nhân"], ["to_chuc", "Tổ chức"]],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra tính hợp lệ, cấp mã số doanh nghiệp",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.009972",
        "name": (
            "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II "
            "(công trình không theo tuyến, theo tuyến trong đô thị, tín ngưỡng, tôn "
            "giáo, tượng đài, tranh hoành tráng, theo giai đoạn, dự án)"
        ),
        "field": "G10-XD01",
        "level": "province",
        "agency": "000.00.05.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp giấy phép xây dựng công trình",
                "amount": 150000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị "
                    "định số 175/2024/NĐ-CP)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01 – Phụ lục II",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy tờ hợp pháp về đất đai",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định "
                    "của cơ quan chuyên môn về xây dựng"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Hai bộ bản vẽ thiết kế xây dựng",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép xây dựng",
        "legal_basis": (
            "Luật Xây dựng số 50/2014/QH13;\n"
            "Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng;\n"
            "Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động "
            "xây dựng."
        ),
        "online_only": False,
        "counter_group": "C",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_cong_trinh",
                "label": "Tên công trình",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "cap_cong_trinh",
                "label": "Cấp công trình",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["dac_biet", "Cấp đặc biệt"],
                    ["I", "Cấp I"],
                    ["II", "Cấp II"],
                ],
            },
            {
                "name": "dia_diem_xay_dung",
                "label": "Địa điểm xây dựng",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_thua",
                "label": "Số thửa đất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "so_to_ban_do",
                "label": "Số tờ bản đồ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "dien_tich_xay_dung",
                "label": "Diện tích xây dựng tầng 1 (m²)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "tong_dien_tich_san",
                "label": "Tổng diện tích sàn (m²)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_tang",
                "label": "Số tầng",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "chieu_cao",
                "label": "Chiều cao công trình (m)",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực địa",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Lấy ý kiến UBND xã, phường nơi xây dựng công trình",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.15,
                "agency": "000.00.91.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.009981",
        "name": "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        "field": "G10-XD01",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ",
                "amount": 75000,
                "note": "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Lạng Sơn",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị "
                    "định số 175/2024/NĐ-CP)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01 – Phụ lục II",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy tờ hợp pháp về đất đai",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": "Hai bộ bản vẽ thiết kế xây dựng",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép xây dựng",
        "legal_basis": (
            "Luật Xây dựng số 50/2014/QH13;\n"
            "Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng;\n"
            "Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động "
            "xây dựng."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "dia_diem_xay_dung",
                "label": "Địa điểm xây dựng",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_thua",
                "label": "Số thửa đất",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "so_to_ban_do",
                "label": "Số tờ bản đồ",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "dien_tich_xay_dung",
                "label": "Diện tích xây dựng tầng 1 (m²)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "tong_dien_tich_san",
                "label": "Tổng diện tích sàn (m²)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_tang",
                "label": "Số tầng",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "chieu_cao",
                "label": "Chiều cao công trình (m)",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực địa",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.009990",
        "name": "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
        "field": "G10-XD01",
        "level": "province",
        "agency": "000.00.05.H37",
        "service_level": "full",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng",
                "amount": 300000,
                "note": "Đồng/chứng chỉ (Thông tư số 38/2022/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị cấp chứng chỉ hành nghề (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Ảnh màu cỡ 4 cm x 6 cm (tệp ảnh)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Văn bằng đào tạo chuyên môn",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Bản kê khai kinh nghiệm hoạt động xây dựng",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Chứng chỉ hành nghề hoạt động xây dựng",
        "legal_basis": (
            "Luật Xây dựng số 50/2014/QH13;\n"
            "Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng;\n"
            "Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi "
            "tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động "
            "xây dựng;\n"
            "Thông tư số 38/2022/TT-BTC ngày 24/6/2022 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "C",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "linh_vuc",
                "label": "Lĩnh vực đề nghị cấp",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["khao_sat", "Khảo sát xây dựng"],
                    ["thiet_ke", "Thiết kế xây dựng công trình"],
                    ["giam_sat", "Giám sát thi công xây dựng"],
                    ["dinh_gia", "Định giá xây dựng"],
                    ["quan_ly_du_an", "Quản lý dự án đầu tư xây dựng"],
                ],
            },
            {
                "name": "hang",
                "label": "Hạng",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["II", "Hạng II"], ["III", "Hạng III"]],
            },
            {
                "name": "trinh_do",
                "label": "Trình độ chuyên môn",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: Kỹ sư xây dựng dân dụng",
            },
            {
                "name": "so_nam_kinh_nghiem",
                "label": "Số năm kinh nghiệm",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Sát hạch (nếu có), xét hồ sơ năng lực",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.002861",
        "name": "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô",
        "field": "G10-XD02",
        "level": "province",
        "agency": "000.00.05.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp Giấy phép kinh doanh vận tải bằng xe ô tô",
                "amount": 200000,
                "note": "Đồng/giấy phép",
            },
        ],
        "components": [
            {
                "name": (
                    "Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô (Mẫu "
                    "số 01)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Phương án kinh doanh vận tải bằng xe ô tô (Mẫu số 02)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận "
                    "tải"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Giấy phép kinh doanh vận tải bằng xe ô tô",
        "legal_basis": (
            "Luật Đường bộ số 35/2024/QH15;\n"
            "Nghị định số 158/2024/NĐ-CP ngày 18/12/2024 của Chính phủ quy định về "
            "hoạt động vận tải đường bộ."
        ),
        "online_only": False,
        "counter_group": "C",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_hinh",
                "label": "Loại hình kinh doanh",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["tuyen_co_dinh", "Vận tải hành khách theo tuyến cố định"],
                    ["hop_dong", "Vận tải hành khách theo hợp đồng"],
                    ["taxi", "Vận tải hành khách bằng xe taxi"],
                    ["hang_hoa", "Vận tải hàng hóa bằng xe ô tô"],
                ],
            },
            {
                "name": "nguoi_dieu_hanh",
                "label": "Người điều hành hoạt động vận tải",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_xe",
                "label": "Số xe đăng ký kinh doanh",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.002852",
        "name": (
            "Cấp phù hiệu xe ô tô kinh doanh vận tải, xe ô tô vận tải hàng hóa nội bộ"
        ),
        "field": "G10-XD02",
        "level": "province",
        "agency": "000.00.05.H37",
        "service_level": "full",
        "limit_value": 2,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị cấp phù hiệu (Mẫu số 04)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 04",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Phù hiệu xe ô tô (bản điện tử)",
        "legal_basis": (
            "Luật Đường bộ số 35/2024/QH15;\n"
            "Nghị định số 158/2024/NĐ-CP ngày 18/12/2024 của Chính phủ quy định về "
            "hoạt động vận tải đường bộ."
        ),
        "online_only": True,
        "counter_group": "C",
        "where": (
            "Chỉ nộp trực tuyến trên Cổng Dịch vụ công quốc gia; tổ hướng dẫn tại "
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri) hỗ trợ nộp hồ sơ trực tuyến"
        ),
        "form": [
            {
                "name": "bien_so",
                "label": "Biển số xe",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: 12A-123.45",
                "max_length": 12,
            },
            {
                "name": "loai_phu_hieu",
                "label": "Loại phù hiệu",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["xe_khach", "XE KHÁCH"],
                    ["xe_hop_dong", "XE HỢP ĐỒNG"],
                    ["xe_taxi", "XE TAXI"],
                    ["xe_tai", "XE TẢI"],
                    ["xe_dau_keo", "XE ĐẦU KÉO"],
                    ["noi_bo", "XE NỘI BỘ"],
                ],
            },
            {
                "name": "so_giay_phep_kd",
                "label": "Số Giấy phép kinh doanh vận tải",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
            {
                "name": "trong_tai_hoac_so_cho",
                "label": "Trọng tải hoặc số chỗ",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra dữ liệu phương tiện, cấp phù hiệu",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004222",
        "name": "Đăng ký thường trú",
        "field": "G01-CA01",
        "level": "central",
        "agency": "000.00.50.H37",
        "service_level": "full",
        "limit_value": 7,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký thường trú",
                "amount": 20000,
                "note": (
                    "Nộp hồ sơ trực tuyến: 10.000 đồng (Thông tư số 75/2022/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "CT01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": "Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở (nếu có)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": (
            "Thông báo kết quả đăng ký thường trú (cập nhật vào Cơ sở dữ liệu về cư "
            "trú)"
        ),
        "legal_basis": (
            "Luật Cư trú số 68/2020/QH14;\n"
            "Nghị định số 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ quy định chi "
            "tiết một số điều của Luật Cư trú;\n"
            "Thông tư số 55/2021/TT-BCA ngày 15/5/2021 của Bộ Công an;\n"
            "Thông tư số 75/2022/TT-BTC ngày 22/12/2022 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Công an xã, phường hoặc Công an tỉnh Lạng Sơn (quầy Công an tại Trung tâm "
            "Phục vụ hành chính công tỉnh); nộp trực tuyến trên Cổng Dịch vụ công quốc "
            "gia hoặc ứng dụng VNeID"
        ),
        "form": [
            {
                "name": "dia_chi_thuong_tru",
                "label": "Địa chỉ đề nghị đăng ký thường trú",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "truong_hop",
                "label": "Trường hợp đăng ký",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["so_huu", "Chỗ ở hợp pháp thuộc quyền sở hữu của mình"],
                    ["nguoi_than", "Về ở với người thân"],
                    ["thue_muon", "Thuê, mượn, ở nhờ"],
                ],
            },
            {
                "name": "ho_ten_chu_ho",
                "label": "Họ tên chủ hộ",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "so_dinh_danh_chu_ho",
                "label": "Số định danh cá nhân của chủ hộ",
                "type": "text",
                "required": False,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "quan_he_chu_ho",
                "label": "Quan hệ với chủ hộ",
                "type": "text",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra, xác minh, cập nhật Cơ sở dữ liệu về cư trú",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Trưởng Công an cấp xã phê duyệt",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012350",
        "name": "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên",
        "field": "G01-CA02",
        "level": "central",
        "agency": "000.00.50.H37",
        "service_level": "partial",
        "limit_value": 7,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp đổi thẻ căn cước",
                "amount": 50000,
                "note": (
                    "Cấp lần đầu không thu; cấp lại 70.000 đồng (Thông tư số "
                    "59/2024/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Tờ khai thu nhận thông tin căn cước (Mẫu CC01, trường hợp chưa có "
                    "thông tin trong Cơ sở dữ liệu quốc gia về dân cư)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "CC01",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ căn cước công dân hoặc thẻ căn cước cũ (trường hợp cấp đổi)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Thẻ căn cước",
        "legal_basis": (
            "Luật Căn cước số 26/2023/QH15;\n"
            "Nghị định số 70/2024/NĐ-CP ngày 25/6/2024 của Chính phủ quy định chi tiết "
            "một số điều của Luật Căn cước;\n"
            "Thông tư số 17/2024/TT-BCA ngày 15/5/2024 của Bộ Công an;\n"
            "Thông tư số 59/2024/TT-BTC ngày 12/8/2024 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Công an xã, phường hoặc Công an tỉnh Lạng Sơn (quầy Công an tại Trung tâm "
            "Phục vụ hành chính công tỉnh); nộp trực tuyến trên Cổng Dịch vụ công quốc "
            "gia hoặc ứng dụng VNeID"
        ),
        "form": [
            {
                "name": "truong_hop",
                "label": "Trường hợp",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["lan_dau", "Cấp lần đầu"],
                    ["doi", "Cấp đổi"],
                    ["cap_lai", "Cấp lại do bị mất, hư hỏng"],
                ],
            },
            {
                "name": "hinh_thuc_nhan",
                "label": "Nơi nhận thẻ",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["truc_tiep", "Nhận tại nơi làm thủ tục"],
                    ["buu_chinh", "Chuyển phát đến địa chỉ yêu cầu"],
                ],
            },
            {
                "name": "dia_chi_nhan",
                "label": "Địa chỉ nhận thẻ (nếu chuyển phát)",
                "type": "textarea",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thu nhận sinh trắc học, duyệt hồ sơ, in thẻ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Thủ trưởng cơ quan quản lý căn cước phê duyệt",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004194",
        "name": "Xác nhận thông tin về cư trú",
        "field": "G01-CA01",
        "level": "central",
        "agency": "000.00.50.H37",
        "service_level": "full",
        "limit_value": 1,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "CT01",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Văn bản xác nhận thông tin về cư trú",
        "legal_basis": (
            "Luật Cư trú số 68/2020/QH14;\n"
            "Nghị định số 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Công an xã, phường hoặc Công an tỉnh Lạng Sơn (quầy Công an tại Trung tâm "
            "Phục vụ hành chính công tỉnh); nộp trực tuyến trên Cổng Dịch vụ công quốc "
            "gia hoặc ứng dụng VNeID"
        ),
        "form": [
            {
                "name": "noi_dung_xac_nhan",
                "label": "Nội dung đề nghị xác nhận",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["thuong_tru", "Nơi thường trú"],
                    ["tam_tru", "Nơi tạm trú"],
                    ["qua_trinh", "Quá trình cư trú"],
                ],
            },
            {
                "name": "muc_dich",
                "label": "Mục đích sử dụng",
                "type": "text",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Tra cứu Cơ sở dữ liệu về cư trú",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.65,
                "agency": None,
            },
            {
                "name": "Trưởng Công an cấp xã ký xác nhận",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012462",
        "name": "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp",
        "field": "G01-CA04",
        "level": "central",
        "agency": "000.00.50.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp giấy phép lái xe",
                "amount": 135000,
                "note": "Đồng/lần cấp (Thông tư số 37/2023/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị đổi giấy phép lái xe (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu đơn đổi GPLX",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy khám sức khỏe của người lái xe (dữ liệu điện tử liên thông "
                    "từ cơ sở khám)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": "Giấy phép lái xe đang sử dụng",
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép lái xe (bản giấy và trên VNeID)",
        "legal_basis": (
            "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;\n"
            "Thông tư số 35/2024/TT-BCA của Bộ Công an quy định về đào tạo, sát hạch, "
            "cấp giấy phép lái xe;\n"
            "Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Công an xã, phường hoặc Công an tỉnh Lạng Sơn (quầy Công an tại Trung tâm "
            "Phục vụ hành chính công tỉnh); nộp trực tuyến trên Cổng Dịch vụ công quốc "
            "gia hoặc ứng dụng VNeID"
        ),
        "form": [
            {
                "name": "so_gplx",
                "label": "Số giấy phép lái xe",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "hang_gplx",
                "label": "Hạng giấy phép lái xe",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["A1", "A1"],
                    ["A", "A"],
                    ["B", "B"],
                    ["C1", "C1"],
                    ["C", "C"],
                    ["D", "D"],
                    ["BE", "BE"],
                    ["CE", "CE"],
                ],
            },
            {
                "name": "ngay_het_han",
                "label": "Ngày hết hạn",
                "type": "date",
                "required": False,
                "hint": "",
            },
            {
                "name": "hinh_thuc_nhan",
                "label": "Hình thức nhận kết quả",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["buu_chinh", "Qua dịch vụ bưu chính công ích"],
                    ["truc_tiep", "Nhận trực tiếp"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra dữ liệu, in giấy phép lái xe",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012412",
        "name": "Đăng ký, cấp biển số xe lần đầu",
        "field": "G01-CA03",
        "level": "central",
        "agency": "000.00.50.H37",
        "service_level": "partial",
        "limit_value": 2,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí đăng ký, cấp biển số xe mô tô",
                "amount": 150000,
                "note": (
                    "Xe mô tô trị giá đến 15 triệu đồng; mức thu khác theo loại xe và "
                    "khu vực (Thông tư số 60/2023/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": "Giấy khai đăng ký xe (khai trên Cổng Dịch vụ công hoặc VNeID)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy khai đăng ký xe",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Chứng từ nguồn gốc xe (dữ liệu điện tử của cơ quan đăng kiểm, hải "
                    "quan)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": "Chứng từ chuyển quyền sở hữu xe (hóa đơn)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Chứng từ lệ phí trước bạ (dữ liệu điện tử của cơ quan thuế)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Chứng nhận đăng ký xe và biển số xe",
        "legal_basis": (
            "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15;\n"
            "Thông tư số 79/2024/TT-BCA ngày 15/11/2024 của Bộ Công an quy định về "
            "cấp, thu hồi chứng nhận đăng ký xe, biển số xe;\n"
            "Thông tư số 60/2023/TT-BTC ngày 07/9/2023 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Công an xã, phường hoặc Công an tỉnh Lạng Sơn (quầy Công an tại Trung tâm "
            "Phục vụ hành chính công tỉnh); nộp trực tuyến trên Cổng Dịch vụ công quốc "
            "gia hoặc ứng dụng VNeID"
        ),
        "form": [
            {
                "name": "loai_xe",
                "label": "Loại xe",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["mo_to", "Xe mô tô, xe gắn máy"],
                    ["o_to", "Xe ô tô"],
                    ["xe_dien", "Xe máy điện"],
                ],
            },
            {
                "name": "nhan_hieu",
                "label": "Nhãn hiệu, số loại",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_khung",
                "label": "Số khung",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
            {
                "name": "so_may",
                "label": "Số máy",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
            {
                "name": "mau_son",
                "label": "Màu sơn",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra xe, cấp biển số, in chứng nhận",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.000105",
        "name": (
            "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam"
        ),
        "field": "G02-NV02",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Lệ phí cấp giấy phép lao động",
                "amount": 600000,
                "note": "Mức thu theo Nghị quyết của HĐND tỉnh (mức minh họa)",
            },
        ],
        "components": [
            {
                "name": (
                    "Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động "
                    "(Mẫu số 11/PLI)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 11/PLI",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận sức khỏe",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người "
                    "đang chấp hành án"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": "Hộ chiếu còn giá trị",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Hai ảnh màu 4 cm x 6 cm",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép lao động",
        "legal_basis": (
            "Bộ luật Lao động số 45/2019/QH14;\n"
            "Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về "
            "người lao động nước ngoài làm việc tại Việt Nam;\n"
            "Nghị định số 70/2023/NĐ-CP ngày 18/9/2023 sửa đổi, bổ sung Nghị định số "
            "152/2020/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ho_ten_nld",
                "label": "Họ tên người lao động nước ngoài",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "quoc_tich",
                "label": "Quốc tịch",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_ho_chieu",
                "label": "Số hộ chiếu",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "vi_tri",
                "label": "Vị trí công việc",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["nha_quan_ly", "Nhà quản lý"],
                    ["giam_doc", "Giám đốc điều hành"],
                    ["chuyen_gia", "Chuyên gia"],
                    ["lao_dong_ky_thuat", "Lao động kỹ thuật"],
                ],
            },
            {
                "name": "lam_viec_tu",
                "label": "Thời hạn làm việc từ ngày",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "lam_viec_den",
                "label": "Đến ngày",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_diem_lam_viec",
                "label": "Địa điểm làm việc",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000219",
        "name": (
            "Báo cáo giải trình nhu cầu, thay đổi nhu cầu sử dụng người lao động nước "
            "ngoài"
        ),
        "field": "G02-NV02",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "full",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": (
                    "Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài (Mẫu "
                    "số 01/PLI)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01/PLI",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài",
        "legal_basis": (
            "Bộ luật Lao động số 45/2019/QH14;\n"
            "Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về "
            "người lao động nước ngoài làm việc tại Việt Nam;\n"
            "Nghị định số 70/2023/NĐ-CP ngày 18/9/2023 sửa đổi, bổ sung Nghị định số "
            "152/2020/NĐ-CP."
        ),
        "online_only": True,
        "counter_group": "B",
        "where": (
            "Chỉ nộp trực tuyến trên Cổng Dịch vụ công quốc gia; tổ hướng dẫn tại "
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri) hỗ trợ nộp hồ sơ trực tuyến"
        ),
        "form": [
            {
                "name": "so_vi_tri",
                "label": "Số vị trí công việc cần sử dụng",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "ly_do",
                "label": "Lý do sử dụng người lao động nước ngoài",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "thoi_gian_du_kien",
                "label": "Thời gian dự kiến sử dụng (tháng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.001978",
        "name": "Giải quyết hưởng trợ cấp thất nghiệp",
        "field": "G02-NV01",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Đề nghị hưởng trợ cấp thất nghiệp (Mẫu số 03)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 03",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Quyết định thôi việc hoặc văn bản chấm dứt hợp đồng lao động",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Sổ bảo hiểm xã hội (dữ liệu điện tử của cơ quan bảo hiểm xã hội)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định về việc hưởng trợ cấp thất nghiệp",
        "legal_basis": (
            "Luật Việc làm số 38/2013/QH13;\n"
            "Nghị định số 28/2015/NĐ-CP ngày 12/3/2015 của Chính phủ quy định chi tiết "
            "thi hành Luật Việc làm về bảo hiểm thất nghiệp;\n"
            "Nghị định số 61/2020/NĐ-CP ngày 29/5/2020 sửa đổi, bổ sung Nghị định số "
            "28/2015/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ngay_cham_dut",
                "label": "Ngày chấm dứt hợp đồng lao động",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "ly_do_cham_dut",
                "label": "Lý do chấm dứt",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["het_han", "Hết hạn hợp đồng"],
                    ["thoa_thuan", "Hai bên thỏa thuận"],
                    ["nsdld_cham_dut", "Người sử dụng lao động chấm dứt"],
                    ["khac", "Khác"],
                ],
            },
            {
                "name": "don_vi_cu",
                "label": "Đơn vị làm việc trước khi thất nghiệp",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_so_bhxh",
                "label": "Mã số bảo hiểm xã hội",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "so_tai_khoan",
                "label": "Số tài khoản nhận trợ cấp",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 20,
            },
            {
                "name": "ngan_hang",
                "label": "Ngân hàng",
                "type": "text",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, tính mức hưởng",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Đối chiếu quá trình đóng bảo hiểm thất nghiệp",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.15,
                "agency": "000.00.51.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.001862",
        "name": "Đăng ký nội quy lao động",
        "field": "G02-NV02",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "full",
        "limit_value": 7,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Văn bản đề nghị đăng ký nội quy lao động",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Nội quy lao động",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu "
                    "có)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Các văn bản quy định liên quan đến kỷ luật lao động, trách nhiệm "
                    "vật chất (nếu có)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": (
            "Thông báo về việc đăng ký nội quy lao động (hoặc yêu cầu sửa đổi, bổ sung)"
        ),
        "legal_basis": (
            "Bộ luật Lao động số 45/2019/QH14;\n"
            "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi "
            "tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện "
            "lao động và quan hệ lao động."
        ),
        "online_only": True,
        "counter_group": "B",
        "where": (
            "Chỉ nộp trực tuyến trên Cổng Dịch vụ công quốc gia; tổ hướng dẫn tại "
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri) hỗ trợ nộp hồ sơ trực tuyến"
        ),
        "form": [
            {
                "name": "so_lao_dong",
                "label": "Tổng số lao động",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "nganh_nghe",
                "label": "Ngành, nghề sản xuất kinh doanh",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "co_cong_doan",
                "label": "Có tổ chức đại diện người lao động tại cơ sở",
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Xem xét nội quy lao động",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000134",
        "name": (
            "Khai báo với Sở Nội vụ khi đưa vào sử dụng các loại máy, thiết bị, vật tư "
            "có yêu cầu nghiêm ngặt về an toàn lao động"
        ),
        "field": "G02-NV03",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Phiếu khai báo sử dụng đối tượng kiểm định (Mẫu số 03)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 03",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận kết quả kiểm định",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Văn bản xác nhận đã khai báo",
        "legal_basis": (
            "Luật An toàn, vệ sinh lao động số 84/2015/QH13;\n"
            "Nghị định số 44/2016/NĐ-CP ngày 15/5/2016 của Chính phủ."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_thiet_bi",
                "label": "Tên máy, thiết bị",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: nồi hơi, cần trục, thang máy",
            },
            {
                "name": "so_che_tao",
                "label": "Số chế tạo",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
            {
                "name": "ngay_kiem_dinh",
                "label": "Ngày kiểm định",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_lap_dat",
                "label": "Nơi lắp đặt",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.010815",
        "name": (
            "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với "
            "cách mạng từ trần"
        ),
        "field": "G02-NV04",
        "level": "province",
        "agency": "000.00.02.H37",
        "service_level": "info",
        "limit_value": 12,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Bản khai của thân nhân đề nghị hưởng chế độ (Mẫu số 12)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 12",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng tử hoặc trích lục khai tử",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định trợ cấp mai táng phí, trợ cấp một lần",
        "legal_basis": (
            "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;\n"
            "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "2.000286",
        "name": (
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh "
            "phí chăm sóc, nuôi dưỡng hằng tháng"
        ),
        "field": "G12-YT03",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a đến 1đ)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 1a",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy xác nhận khuyết tật (đối với người khuyết tật)",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định trợ cấp xã hội hằng tháng",
        "legal_basis": (
            "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính "
            "sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;\n"
            "Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 sửa đổi, bổ sung Nghị định số "
            "20/2021/NĐ-CP."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "doi_tuong",
                "label": "Đối tượng",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["nguoi_cao_tuoi", "Người cao tuổi"],
                    ["nguoi_khuyet_tat", "Người khuyết tật nặng, đặc biệt nặng"],
                    ["tre_em", "Trẻ em không có nguồn nuôi dưỡng"],
                    ["don_than", "Người đơn thân nghèo đang nuôi con"],
                ],
            },
            {
                "name": "ho_ten_doi_tuong",
                "label": "Họ tên đối tượng",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_sinh",
                "label": "Ngày sinh",
                "type": "date",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_dinh_danh",
                "label": "Số định danh cá nhân",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 12,
            },
            {
                "name": "hoan_canh",
                "label": "Hoàn cảnh",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_tai_khoan",
                "label": "Số tài khoản nhận trợ cấp (nếu có)",
                "type": "text",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Xét duyệt, niêm yết công khai",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.010830",
        "name": (
            "Công nhận hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo phát "
            "sinh trong năm"
        ),
        "field": "G12-YT04",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "info",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo (Phụ lục I)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Phụ lục I",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": (
            "Quyết định công nhận hộ nghèo, hộ cận nghèo; Giấy chứng nhận hộ nghèo"
        ),
        "legal_basis": (
            "Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn "
            "nghèo đa chiều giai đoạn 2022 – 2025;\n"
            "Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "2.000488",
        "name": (
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư "
            "trú tại Việt Nam"
        ),
        "field": "G05-TP03",
        "level": "province",
        "agency": "000.00.03.H37",
        "service_level": "full",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí cung cấp thông tin lý lịch tư pháp",
                "amount": 200000,
                "note": (
                    "Sinh viên, người có công: 100.000 đồng; miễn cho trẻ em, người "
                    "cao tuổi, người khuyết tật, hộ nghèo; từ Phiếu thứ 3 trở đi thu "
                    "thêm 5.000 đồng/Phiếu (Thông tư số 244/2016/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 03/2013/TT-LLTP",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Văn bản ủy quyền (trường hợp ủy quyền)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Phiếu lý lịch tư pháp",
        "legal_basis": (
            "Luật Lý lịch tư pháp số 28/2009/QH12;\n"
            "Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ quy định chi "
            "tiết một số điều của Luật Lý lịch tư pháp;\n"
            "Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_phieu",
                "label": "Loại Phiếu",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["so_1", "Phiếu lý lịch tư pháp số 1"],
                    ["so_2", "Phiếu lý lịch tư pháp số 2"],
                ],
            },
            {
                "name": "muc_dich",
                "label": "Mục đích sử dụng",
                "type": "text",
                "required": True,
                "hint": "Ví dụ: bổ sung hồ sơ xin việc",
            },
            {
                "name": "so_luong",
                "label": "Số lượng Phiếu",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "ho_ten_cha",
                "label": "Họ tên cha",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ho_ten_me",
                "label": "Họ tên mẹ",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ho_ten_vo_chong",
                "label": "Họ tên vợ/chồng",
                "type": "text",
                "required": False,
                "hint": "",
            },
            {
                "name": "qua_trinh_cu_tru",
                "label": "Quá trình cư trú từ đủ 14 tuổi",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "hinh_thuc_nhan",
                "label": "Hình thức nhận kết quả",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["dien_tu", "Bản điện tử trên VNeID"],
                    ["buu_chinh", "Bản giấy qua bưu chính công ích"],
                    ["truc_tiep", "Bản giấy nhận trực tiếp"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Tra cứu, xác minh thông tin lý lịch tư pháp",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.45,
                "agency": None,
            },
            {
                "name": "Tra cứu thông tin án tích tại Công an tỉnh",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.3,
                "agency": "000.00.50.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012620",
        "name": "Thành lập Văn phòng công chứng",
        "field": "G05-TP04",
        "level": "province",
        "agency": "000.00.03.H37",
        "service_level": "info",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định điều kiện hoạt động Văn phòng công chứng",
                "amount": 1000000,
                "note": "Đồng/hồ sơ (Thông tư số 257/2016/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị thành lập Văn phòng công chứng (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "TP-CC-05",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Đề án thành lập Văn phòng công chứng",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Quyết định bổ nhiệm công chứng viên",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định cho phép thành lập Văn phòng công chứng",
        "legal_basis": (
            "Luật Công chứng số 46/2024/QH15;\n"
            "Thông tư số 257/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "B",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.004616",
        "name": "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ",
        "field": "G12-YT01",
        "level": "province",
        "agency": "000.00.08.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định hồ sơ cấp Chứng chỉ hành nghề dược",
                "amount": 500000,
                "note": "Đồng/hồ sơ",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Chứng chỉ hành nghề dược (Mẫu số 02 Phụ lục I)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02 – Phụ lục I",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Ảnh chân dung 4 cm x 6 cm chụp trong 06 tháng",
                "originals": 2,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Văn bằng chuyên môn",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy xác nhận thời gian thực hành chuyên môn (Mẫu số 03)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 03",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đủ sức khỏe để hành nghề dược",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Chứng chỉ hành nghề dược",
        "legal_basis": (
            "Luật Dược số 105/2016/QH13;\n"
            "Luật số 44/2024/QH15 sửa đổi, bổ sung một số điều của Luật Dược;\n"
            "Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết "
            "một số điều và biện pháp thi hành Luật Dược;\n"
            "Thông tư số 277/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "van_bang",
                "label": "Văn bằng chuyên môn",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["dai_hoc_duoc", "Tốt nghiệp đại học ngành dược"],
                    ["cao_dang_duoc", "Tốt nghiệp cao đẳng ngành dược"],
                    ["trung_cap_duoc", "Tốt nghiệp trung cấp ngành dược"],
                ],
            },
            {
                "name": "vi_tri_hanh_nghe",
                "label": "Vị trí hành nghề đề nghị",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["nha_thuoc", "Người chịu trách nhiệm chuyên môn của nhà thuốc"],
                    ["quay_thuoc", "Người chịu trách nhiệm chuyên môn của quầy thuốc"],
                    [
                        "ban_buon",
                        "Người chịu trách nhiệm chuyên môn của cơ sở bán buôn",
                    ],
                ],
            },
            {
                "name": "thoi_gian_thuc_hanh",
                "label": "Thời gian thực hành chuyên môn (tháng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "noi_thuc_hanh",
                "label": "Cơ sở thực hành chuyên môn",
                "type": "text",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, họp Hội đồng tư vấn cấp chứng chỉ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004516",
        "name": (
            "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở kinh doanh "
            "thuốc thuộc thẩm quyền của Sở Y tế (nhà thuốc, quầy thuốc)"
        ),
        "field": "G12-YT01",
        "level": "province",
        "agency": "000.00.08.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định điều kiện kinh doanh thuốc đối với cơ sở bán lẻ",
                "amount": 1000000,
                "note": (
                    "Cơ sở tại địa bàn có điều kiện kinh tế – xã hội khó khăn: 500.000 "
                    "đồng"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược (Mẫu "
                    "số 19 Phụ lục I)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 19 – Phụ lục I",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Tài liệu kỹ thuật về địa điểm, trang thiết bị và nhân sự",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đủ điều kiện kinh doanh dược",
        "legal_basis": (
            "Luật Dược số 105/2016/QH13;\n"
            "Luật số 44/2024/QH15 sửa đổi, bổ sung một số điều của Luật Dược;\n"
            "Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết "
            "một số điều và biện pháp thi hành Luật Dược;\n"
            "Thông tư số 277/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_hinh",
                "label": "Loại hình cơ sở",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["nha_thuoc", "Nhà thuốc"], ["quay_thuoc", "Quầy thuốc"]],
            },
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_co_so",
                "label": "Địa chỉ cơ sở",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_cchn",
                "label": "Số Chứng chỉ hành nghề dược của người phụ trách",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 30,
            },
            {
                "name": "dat_gpp",
                "label": (
                    "Đã tự đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP)"
                ),
                "type": "boolean",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, đánh giá thực tế GPP",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012200",
        "name": (
            "Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh thuộc thẩm "
            "quyền của Sở Y tế"
        ),
        "field": "G12-YT02",
        "level": "province",
        "agency": "000.00.08.H37",
        "service_level": "info",
        "limit_value": 60,
        "limit_unit": "calendar_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp giấy phép hoạt động cơ sở khám bệnh, chữa bệnh"
                ),
                "amount": 4300000,
                "note": "Phòng khám chuyên khoa (Thông tư số 59/2023/TT-BTC)",
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị cấp giấy phép hoạt động (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Danh sách người hành nghề, bản kê khai cơ sở vật chất, thiết bị y "
                    "tế"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy phép hoạt động khám bệnh, chữa bệnh",
        "legal_basis": (
            "Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\n"
            "Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi "
            "tiết một số điều của Luật Khám bệnh, chữa bệnh."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.000288",
        "name": "Công nhận trường trung học đạt chuẩn quốc gia",
        "field": "G11-GD01",
        "level": "province",
        "agency": "000.00.09.H37",
        "service_level": "info",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Tờ trình đề nghị công nhận trường đạt chuẩn quốc gia",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Báo cáo tự đánh giá và báo cáo đánh giá ngoài",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định công nhận trường đạt chuẩn quốc gia",
        "legal_basis": (
            "Luật Giáo dục số 43/2019/QH14;\n"
            "Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo "
            "quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia "
            "đối với trường trung học."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.005097",
        "name": "Chuyển trường đối với học sinh trung học phổ thông",
        "field": "G11-GD01",
        "level": "province",
        "agency": "000.00.09.H37",
        "service_level": "info",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Học bạ",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy giới thiệu chuyển trường của Hiệu trưởng nhà trường nơi đi"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Giấy giới thiệu chuyển trường",
        "legal_basis": (
            "Luật Giáo dục số 43/2019/QH14;\n"
            "Điều lệ trường trung học cơ sở, trường trung học phổ thông ban hành kèm "
            "theo Thông tư số 32/2020/TT-BGDĐT."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.005142",
        "name": "Phúc khảo bài thi tốt nghiệp trung học phổ thông",
        "field": "G11-GD02",
        "level": "province",
        "agency": "000.00.09.H37",
        "service_level": "full",
        "limit_value": 15,
        "limit_unit": "calendar_days",
        "fees": [
            {
                "name": "Phí phúc khảo bài thi",
                "amount": 30000,
                "note": "Đồng/bài thi (mức minh họa)",
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị phúc khảo bài thi (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu phúc khảo",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Thông báo kết quả phúc khảo",
        "legal_basis": (
            "Luật Giáo dục số 43/2019/QH14;\n"
            "Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024 của Bộ Giáo dục và Đào tạo "
            "ban hành Quy chế thi tốt nghiệp trung học phổ thông."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "so_bao_danh",
                "label": "Số báo danh",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 8,
            },
            {
                "name": "diem_thi",
                "label": "Điểm thi (Hội đồng thi)",
                "type": "text",
                "required": True,
                "hint": "Tên điểm thi đã dự thi",
            },
            {
                "name": "mon_phuc_khao",
                "label": "Bài thi, môn thi đề nghị phúc khảo",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["toan", "Toán"],
                    ["ngu_van", "Ngữ văn"],
                    ["ngoai_ngu", "Ngoại ngữ"],
                    ["vat_li", "Vật lí"],
                    ["hoa_hoc", "Hóa học"],
                    ["sinh_hoc", "Sinh học"],
                    ["lich_su", "Lịch sử"],
                    ["dia_li", "Địa lí"],
                    ["gdktpl", "Giáo dục kinh tế và pháp luật"],
                    ["tin_hoc", "Tin học"],
                    ["cong_nghe", "Công nghệ"],
                ],
            },
            {
                "name": "diem_hien_tai",
                "label": "Điểm đã công bố",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Chấm phúc khảo",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.001914",
        "name": "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "field": "G11-GD03",
        "level": "province",
        "agency": "000.00.09.H37",
        "service_level": "full",
        "limit_value": 8,
        "limit_unit": "working_hours",
        "fees": [],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (theo mẫu)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu đề nghị cấp bản sao",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người yêu cầu (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Bản sao văn bằng, chứng chỉ từ sổ gốc",
        "legal_basis": (
            "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ;\n"
            "Thông tư số 21/2019/TT-BGDĐT ngày 29/11/2019 của Bộ Giáo dục và Đào tạo "
            "ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp "
            "trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống "
            "giáo dục quốc dân."
        ),
        "online_only": False,
        "counter_group": "E",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "loai_van_bang",
                "label": "Loại văn bằng",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["thcs", "Bằng tốt nghiệp THCS"],
                    ["thpt", "Bằng tốt nghiệp THPT"],
                ],
            },
            {
                "name": "nam_tot_nghiep",
                "label": "Năm tốt nghiệp",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "truong",
                "label": "Trường đã học",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_ban",
                "label": "Số bản sao",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Tra cứu sổ gốc, in bản sao",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.65,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000648",
        "name": "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "field": "G06-CT03",
        "level": "province",
        "agency": "000.00.06.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ "
                    "xăng dầu"
                ),
                "amount": 600000,
                "note": (
                    "Khu vực ngoài thành phố trực thuộc trung ương (Thông tư số "
                    "168/2016/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng "
                    "dầu (Mẫu số 7)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 7",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Tài liệu chứng minh cửa hàng được xây dựng, trang bị đúng quy "
                    "chuẩn"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "legal_basis": (
            "Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh "
            "xăng dầu;\n"
            "Nghị định số 95/2021/NĐ-CP ngày 01/11/2021 sửa đổi, bổ sung Nghị định số "
            "83/2014/NĐ-CP;\n"
            "Nghị định số 80/2023/NĐ-CP ngày 17/11/2023 sửa đổi, bổ sung Nghị định số "
            "83/2014/NĐ-CP;\n"
            "Thông tư số 168/2016/TT-BTC ngày 26/10/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_cua_hang",
                "label": "Tên cửa hàng xăng dầu",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_cua_hang",
                "label": "Địa chỉ cửa hàng",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "thuong_nhan_cung_cap",
                "label": "Thương nhân phân phối hoặc đầu mối cung cấp xăng dầu",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_cot_bom",
                "label": "Số cột bơm",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "suc_chua_be",
                "label": "Tổng sức chứa bể (m³)",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực tế cửa hàng",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.6,
                "agency": None,
            },
            {
                "name": "Lấy ý kiến về phòng cháy, chữa cháy",
                "actor": "consulted",
                "role": "specialist",
                "share": 0.15,
                "agency": "000.00.50.H37",
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000633",
        "name": "Cấp Giấy phép bán lẻ sản phẩm rượu",
        "field": "G06-CT02",
        "level": "commune",
        "agency": "000.00.91.H37",
        "service_level": "full",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định cấp Giấy phép bán lẻ rượu",
                "amount": 600000,
                "note": (
                    "Khu vực ngoài thành phố trực thuộc trung ương (Thông tư số "
                    "168/2016/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị cấp Giấy phép bán lẻ rượu (Mẫu số 01)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa "
                    "điểm bán lẻ"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Hợp đồng nguyên tắc, thư xác nhận của thương nhân cung cấp rượu"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép bán lẻ rượu",
        "legal_basis": (
            "Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh "
            "rượu;\n"
            "Nghị định số 17/2020/NĐ-CP ngày 05/02/2020 sửa đổi, bổ sung một số điều "
            "của các nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh "
            "vực quản lý nhà nước của Bộ Công Thương;\n"
            "Thông tư số 168/2016/TT-BTC ngày 26/10/2016 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "Q",
        "where": (
            "Bộ phận Một cửa của Ủy ban nhân dân xã, phường bất kỳ trong tỉnh (tiếp "
            "nhận không phụ thuộc địa giới hành chính); hoặc nộp trực tuyến trên Cổng "
            "Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ten_cua_hang",
                "label": "Tên cửa hàng",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_diem_ban_le",
                "label": "Địa điểm bán lẻ",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "nguon_cung_cap",
                "label": "Thương nhân cung cấp rượu",
                "type": "text",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra địa điểm",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Chủ tịch hoặc Phó Chủ tịch UBND xã ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.000591",
        "name": (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở "
            "sản xuất, kinh doanh thực phẩm do Sở Công Thương thực hiện"
        ),
        "field": "G06-CT04",
        "level": "province",
        "agency": "000.00.06.H37",
        "service_level": "partial",
        "limit_value": 20,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực "
                    "phẩm"
                ),
                "amount": 1000000,
                "note": (
                    "Cơ sở kinh doanh; cơ sở sản xuất: 2.500.000 đồng (Thông tư số "
                    "67/2021/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực "
                    "phẩm (Mẫu 01a)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu 01a",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy xác nhận đủ sức khỏe, giấy xác nhận kiến thức về an toàn "
                    "thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "legal_basis": (
            "Luật An toàn thực phẩm số 55/2010/QH12;\n"
            "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ;\n"
            "Nghị định số 17/2020/NĐ-CP ngày 05/02/2020 của Chính phủ;\n"
            "Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ Công Thương;\n"
            "Thông tư số 67/2021/TT-BTC ngày 05/8/2021 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi_co_so",
                "label": "Địa chỉ cơ sở",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "nhom_san_pham",
                "label": "Nhóm sản phẩm",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["ruou_bia", "Rượu, bia, nước giải khát"],
                    ["banh_keo", "Bánh, mứt, kẹo"],
                    ["dau_an", "Dầu thực vật"],
                    ["sua", "Sữa chế biến"],
                    ["bot", "Bột, tinh bột"],
                ],
            },
            {
                "name": "loai_hinh",
                "label": "Loại hình",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [["san_xuat", "Sản xuất"], ["kinh_doanh", "Kinh doanh"]],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, thẩm định thực tế tại cơ sở",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.002263",
        "name": "Cấp điện mới từ lưới điện hạ áp",
        "field": "G06-CT01",
        "level": "province",
        "agency": "000.00.60.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị mua điện (theo mẫu của Điện lực)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy đề nghị mua điện",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy tờ chứng minh quyền sử dụng nhà, đất tại địa điểm mua điện"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": False,
                "required": False,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của người đề nghị mua điện (xuất "
                    "trình khi nộp trực tiếp; không phải nộp nếu đã khai thác được từ "
                    "Cơ sở dữ liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Hợp đồng mua bán điện và biên bản treo tháo công tơ",
        "legal_basis": (
            "Luật Điện lực số 61/2024/QH15;\n"
            "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ Công Thương quy định hệ "
            "thống điện phân phối;\n"
            "Quy trình kinh doanh điện năng của Tập đoàn Điện lực Việt Nam."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Các Điện lực trực thuộc Công ty Điện lực Lạng Sơn; quầy Công Thương – "
            "Điện lực tại Trung tâm Phục vụ hành chính công tỉnh; hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "muc_dich",
                "label": "Mục đích sử dụng điện",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["sinh_hoat", "Sinh hoạt"],
                    ["kinh_doanh", "Kinh doanh, dịch vụ"],
                    ["san_xuat", "Sản xuất"],
                    ["hanh_chinh", "Hành chính sự nghiệp"],
                ],
            },
            {
                "name": "dia_chi_dung_dien",
                "label": "Địa chỉ sử dụng điện",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "cong_suat",
                "label": "Công suất sử dụng dự kiến (kW)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_ho_dung_chung",
                "label": "Số hộ dùng chung công tơ",
                "type": "number",
                "required": False,
                "hint": "",
            },
            {
                "name": "so_cong_to_gan_nhat",
                "label": "Số công tơ nhà bên cạnh (nếu biết)",
                "type": "text",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận yêu cầu",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Khảo sát, lập phương án cấp điện",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.5,
                "agency": None,
            },
            {
                "name": "Ký hợp đồng hoặc văn bản trả lời khách hàng",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Treo công tơ, nghiệm thu, đóng điện",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.25,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.002264",
        "name": "Cấp điện mới từ lưới điện trung áp",
        "field": "G06-CT01",
        "level": "province",
        "agency": "000.00.60.H37",
        "service_level": "partial",
        "limit_value": 4,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị đấu nối, mua điện (theo mẫu)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy đề nghị mua điện",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thỏa thuận đấu nối và hồ sơ thiết kế, nghiệm thu trạm biến áp của "
                    "khách hàng"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "both",
        "result_name": "Hợp đồng mua bán điện ngoài mục đích sinh hoạt",
        "legal_basis": (
            "Luật Điện lực số 61/2024/QH15;\n"
            "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ Công Thương quy định hệ "
            "thống điện phân phối;\n"
            "Quy trình kinh doanh điện năng của Tập đoàn Điện lực Việt Nam."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Các Điện lực trực thuộc Công ty Điện lực Lạng Sơn; quầy Công Thương – "
            "Điện lực tại Trung tâm Phục vụ hành chính công tỉnh; hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "muc_dich",
                "label": "Mục đích sử dụng điện",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["kinh_doanh", "Kinh doanh, dịch vụ"],
                    ["san_xuat", "Sản xuất"],
                    ["hanh_chinh", "Hành chính sự nghiệp"],
                ],
            },
            {
                "name": "dia_chi_dung_dien",
                "label": "Địa điểm đấu nối",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "cong_suat_tram",
                "label": "Công suất trạm biến áp (kVA)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "ngay_du_kien",
                "label": "Ngày dự kiến đóng điện",
                "type": "date",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận yêu cầu",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra điều kiện đóng điện điểm đấu nối",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.5,
                "agency": None,
            },
            {
                "name": "Ký hợp đồng hoặc văn bản trả lời khách hàng",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.15,
                "agency": None,
            },
            {
                "name": "Treo công tơ, nghiệm thu, đóng điện",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.25,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.002267",
        "name": "Thay đổi chủ thể hợp đồng mua bán điện",
        "field": "G06-CT01",
        "level": "province",
        "agency": "000.00.60.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị thay đổi chủ thể hợp đồng mua bán điện",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy đề nghị thay đổi",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Giấy tờ chứng minh quyền sở hữu, sử dụng nhà, đất của chủ thể mới"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Thẻ Căn cước/Căn cước công dân của chủ thể mới (xuất trình khi "
                    "nộp trực tiếp; không phải nộp nếu đã khai thác được từ Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                "originals": 0,
                "copies": 0,
                "photocopies": 1,
                "template": "",
                "reusable": True,
                "required": False,
            },
        ],
        "result_type": "electronic",
        "result_name": "Hợp đồng mua bán điện (chủ thể mới)",
        "legal_basis": (
            "Luật Điện lực số 61/2024/QH15;\n"
            "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ Công Thương quy định hệ "
            "thống điện phân phối;\n"
            "Quy trình kinh doanh điện năng của Tập đoàn Điện lực Việt Nam."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Các Điện lực trực thuộc Công ty Điện lực Lạng Sơn; quầy Công Thương – "
            "Điện lực tại Trung tâm Phục vụ hành chính công tỉnh; hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_khach_hang",
                "label": "Mã khách hàng sử dụng điện",
                "type": "text",
                "required": True,
                "hint": "13 ký tự in trên hóa đơn tiền điện, ví dụ PA03000123456",
                "max_length": 13,
            },
            {
                "name": "ho_ten_chu_moi",
                "label": "Họ tên hoặc tên tổ chức của chủ thể mới",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ly_do",
                "label": "Lý do thay đổi",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["mua_ban", "Mua bán, chuyển nhượng nhà"],
                    ["thua_ke", "Thừa kế, tặng cho"],
                    ["thue", "Thuê nhà"],
                ],
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận yêu cầu",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra hồ sơ, chốt chỉ số công tơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Ký hợp đồng hoặc văn bản trả lời khách hàng",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.002269",
        "name": "Kiểm tra, kiểm định công tơ điện theo đề nghị của khách hàng",
        "field": "G06-CT01",
        "level": "province",
        "agency": "000.00.60.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": "Giấy đề nghị kiểm tra, kiểm định công tơ",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy đề nghị kiểm định",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Biên bản kiểm tra, kết quả kiểm định công tơ",
        "legal_basis": (
            "Luật Điện lực số 61/2024/QH15;\n"
            "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ Công Thương quy định hệ "
            "thống điện phân phối;\n"
            "Quy trình kinh doanh điện năng của Tập đoàn Điện lực Việt Nam;\n"
            "Luật Đo lường số 04/2011/QH13."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Các Điện lực trực thuộc Công ty Điện lực Lạng Sơn; quầy Công Thương – "
            "Điện lực tại Trung tâm Phục vụ hành chính công tỉnh; hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_khach_hang",
                "label": "Mã khách hàng sử dụng điện",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 13,
            },
            {
                "name": "ly_do",
                "label": "Lý do đề nghị kiểm định",
                "type": "textarea",
                "required": True,
                "hint": "Ví dụ: điện năng tiêu thụ tăng bất thường",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận yêu cầu",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra tại hiện trường, kiểm định công tơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Ký hợp đồng hoặc văn bản trả lời khách hàng",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "2.002271",
        "name": "Thay đổi định mức sử dụng điện sinh hoạt",
        "field": "G06-CT01",
        "level": "province",
        "agency": "000.00.60.H37",
        "service_level": "full",
        "limit_value": 3,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": (
                    "Giấy đề nghị thay đổi định mức sử dụng điện (kê khai số hộ dùng "
                    "chung)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Giấy đề nghị thay đổi định mức",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Phụ lục hợp đồng mua bán điện",
        "legal_basis": (
            "Luật Điện lực số 61/2024/QH15;\n"
            "Thông tư số 39/2015/TT-BCT ngày 18/11/2015 của Bộ Công Thương quy định hệ "
            "thống điện phân phối;\n"
            "Quy trình kinh doanh điện năng của Tập đoàn Điện lực Việt Nam."
        ),
        "online_only": False,
        "counter_group": "F",
        "where": (
            "Các Điện lực trực thuộc Công ty Điện lực Lạng Sơn; quầy Công Thương – "
            "Điện lực tại Trung tâm Phục vụ hành chính công tỉnh; hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc gia"
        ),
        "form": [
            {
                "name": "ma_khach_hang",
                "label": "Mã khách hàng sử dụng điện",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 13,
            },
            {
                "name": "so_ho",
                "label": "Số hộ sử dụng chung",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_nguoi",
                "label": "Tổng số nhân khẩu",
                "type": "number",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận yêu cầu",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Kiểm tra thông tin cư trú, cập nhật định mức",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Ký hợp đồng hoặc văn bản trả lời khách hàng",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.2,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.001029",
        "name": "Thông báo tổ chức lễ hội cấp tỉnh",
        "field": "G14-VH01",
        "level": "province",
        "agency": "000.00.10.H37",
        "service_level": "info",
        "limit_value": 0,
        "limit_unit": "none",
        "fees": [],
        "components": [
            {
                "name": "Văn bản thông báo tổ chức lễ hội (Mẫu số 03)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 03",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": (
            "Không cấp kết quả; cơ quan chỉ trả lời khi không đồng ý việc tổ chức"
        ),
        "legal_basis": (
            "Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản "
            "lý và tổ chức lễ hội."
        ),
        "online_only": False,
        "counter_group": "G",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.001008",
        "name": "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "field": "G14-VH01",
        "level": "province",
        "agency": "000.00.10.H37",
        "service_level": "partial",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": "Phí thẩm định cấp Giấy phép kinh doanh dịch vụ karaoke",
                "amount": 3000000,
                "note": (
                    "Từ 01 đến 03 phòng; từ phòng thứ 4 trở đi thu thêm 1.000.000 "
                    "đồng/phòng, tổng mức thu không quá 6.000.000 đồng (Thông tư số "
                    "01/2021/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke "
                    "(Mẫu số 01)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 01",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận đủ điều kiện về an ninh, trật tự",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "legal_basis": (
            "Nghị định số 54/2019/NĐ-CP ngày 19/6/2019 của Chính phủ quy định về kinh "
            "doanh dịch vụ karaoke, dịch vụ vũ trường;\n"
            "Thông tư số 01/2021/TT-BTC ngày 07/01/2021 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "G",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở kinh doanh",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_chi",
                "label": "Địa chỉ kinh doanh",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_phong",
                "label": "Số phòng hát",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "dien_tich_nho_nhat",
                "label": "Diện tích phòng nhỏ nhất (m²)",
                "type": "number",
                "required": True,
                "hint": "Mỗi phòng hát không nhỏ hơn 20 m²",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ, kiểm tra thực tế",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.004594",
        "name": (
            "Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với "
            "khách sạn, biệt thự du lịch, căn hộ du lịch"
        ),
        "field": "G14-VH02",
        "level": "province",
        "agency": "000.00.10.H37",
        "service_level": "info",
        "limit_value": 30,
        "limit_unit": "calendar_days",
        "fees": [
            {
                "name": "Phí thẩm định công nhận hạng cơ sở lưu trú du lịch",
                "amount": 1500000,
                "note": (
                    "Hạng 1 sao, 2 sao; hạng 3 sao: 2.000.000 đồng (Thông tư số "
                    "34/2018/TT-BTC)"
                ),
            },
        ],
        "components": [
            {
                "name": "Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch (Mẫu số 05)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 05",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Bản tự đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn "
                    "quốc gia"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "paper",
        "result_name": "Quyết định công nhận hạng cơ sở lưu trú du lịch",
        "legal_basis": (
            "Luật Du lịch số 09/2017/QH14;\n"
            "Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định chi "
            "tiết một số điều của Luật Du lịch;\n"
            "Thông tư số 34/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính."
        ),
        "online_only": False,
        "counter_group": "G",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [],
        "steps": [],
    },
    {
        "code": "1.004628",
        "name": "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa",
        "field": "G14-VH02",
        "level": "province",
        "agency": "000.00.10.H37",
        "service_level": "full",
        "limit_value": 10,
        "limit_unit": "working_days",
        "fees": [
            {
                "name": (
                    "Phí thẩm định cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa"
                ),
                "amount": 3000000,
                "note": "Thông tư số 33/2018/TT-BTC",
            },
        ],
        "components": [
            {
                "name": (
                    "Đơn đề nghị cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa (Mẫu "
                    "số 02)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu số 02",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
            {
                "name": (
                    "Văn bằng, chứng chỉ của người phụ trách kinh doanh dịch vụ lữ hành"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
        "legal_basis": (
            "Luật Du lịch số 09/2017/QH14;\n"
            "Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ;\n"
            "Nghị định số 94/2021/NĐ-CP ngày 28/10/2021 sửa đổi, bổ sung Nghị định số "
            "168/2017/NĐ-CP;\n"
            "Thông tư số 33/2018/TT-BTC ngày 30/3/2018."
        ),
        "online_only": False,
        "counter_group": "G",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_doanh_nghiep",
                "label": "Tên doanh nghiệp",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "ma_so_doanh_nghiep",
                "label": "Mã số doanh nghiệp",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 14,
            },
            {
                "name": "nguoi_phu_trach",
                "label": "Người phụ trách kinh doanh dịch vụ lữ hành",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "so_tien_ky_quy",
                "label": "Số tiền ký quỹ (đồng)",
                "type": "number",
                "required": True,
                "hint": "Mức ký quỹ tối thiểu: 20.000.000 đồng",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.012860",
        "name": (
            "Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm "
            "y tế"
        ),
        "field": "G16-BH01",
        "level": "central",
        "agency": "000.00.51.H37",
        "service_level": "full",
        "limit_value": 5,
        "limit_unit": "working_days",
        "fees": [],
        "components": [
            {
                "name": (
                    "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm "
                    "y tế (Mẫu TK1-TS)"
                ),
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "TK1-TS",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "electronic",
        "result_name": "Sổ bảo hiểm xã hội, thẻ bảo hiểm y tế",
        "legal_basis": (
            "Luật Bảo hiểm xã hội số 41/2024/QH15;\n"
            "Luật Bảo hiểm y tế số 25/2008/QH12 (được sửa đổi, bổ sung);\n"
            "Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của Bảo hiểm xã hội Việt Nam."
        ),
        "online_only": False,
        "counter_group": "H",
        "where": (
            "Bảo hiểm xã hội tỉnh Lạng Sơn, quầy Bảo hiểm xã hội tại Trung tâm Phục vụ "
            "hành chính công tỉnh; hoặc trực tuyến trên Cổng Dịch vụ công quốc gia, "
            "ứng dụng VssID"
        ),
        "form": [
            {
                "name": "ma_so_bhxh",
                "label": "Mã số bảo hiểm xã hội",
                "type": "text",
                "required": True,
                "hint": "",
                "max_length": 10,
            },
            {
                "name": "yeu_cau",
                "label": "Nội dung đề nghị",
                "type": "choice",
                "required": True,
                "hint": "",
                "choices": [
                    ["cap_lai_so", "Cấp lại sổ bảo hiểm xã hội"],
                    ["cap_lai_the", "Cấp lại thẻ bảo hiểm y tế"],
                    ["dieu_chinh", "Điều chỉnh thông tin cá nhân"],
                    ["doi_noi_kcb", "Đổi nơi đăng ký khám chữa bệnh ban đầu"],
                ],
            },
            {
                "name": "noi_dung",
                "label": "Nội dung cụ thể",
                "type": "textarea",
                "required": False,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Kiểm tra, cập nhật cơ sở dữ liệu",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.7,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.1,
                "agency": None,
            },
        ],
    },
    {
        "code": "1.009742",
        "name": (
            "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp "
            "thuận chủ trương đầu tư"
        ),
        "field": "G03-TC03",
        "level": "province",
        "agency": "000.00.15.H37",
        "service_level": "partial",
        "limit_value": 15,
        "limit_unit": "calendar_days",
        "fees": [],
        "components": [
            {
                "name": "Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu A.I.1",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Đề xuất dự án đầu tư (Mẫu A.I.3)",
                "originals": 1,
                "copies": 0,
                "photocopies": 0,
                "template": "Mẫu A.I.3",
                "reusable": False,
                "required": True,
            },
            {
                "name": "Tài liệu xác minh tư cách pháp lý của nhà đầu tư",
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": True,
                "required": True,
            },
            {
                "name": (
                    "Báo cáo tài chính 02 năm gần nhất hoặc tài liệu chứng minh năng "
                    "lực tài chính của nhà đầu tư"
                ),
                "originals": 0,
                "copies": 1,
                "photocopies": 0,
                "template": "",
                "reusable": False,
                "required": True,
            },
        ],
        "result_type": "both",
        "result_name": "Giấy chứng nhận đăng ký đầu tư",
        "legal_basis": (
            "Luật Đầu tư số 61/2020/QH14;\n"
            "Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết "
            "và hướng dẫn thi hành một số điều của Luật Đầu tư."
        ),
        "online_only": False,
        "counter_group": "D",
        "where": (
            "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn (Số 4 đường Hùng Vương, "
            "phường Lương Văn Tri, tỉnh Lạng Sơn); nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia; hoặc gửi qua dịch vụ bưu chính công ích"
        ),
        "form": [
            {
                "name": "ten_du_an",
                "label": "Tên dự án",
                "type": "text",
                "required": True,
                "hint": "",
            },
            {
                "name": "dia_diem",
                "label": "Địa điểm thực hiện dự án",
                "type": "textarea",
                "required": True,
                "hint": "Trong Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
            },
            {
                "name": "tong_von",
                "label": "Tổng vốn đầu tư (đồng)",
                "type": "number",
                "required": True,
                "hint": "",
            },
            {
                "name": "dien_tich_dat",
                "label": "Diện tích đất sử dụng (m²)",
                "type": "number",
                "required": False,
                "hint": "",
            },
            {
                "name": "tien_do",
                "label": "Tiến độ thực hiện",
                "type": "textarea",
                "required": True,
                "hint": "",
            },
        ],
        "steps": [
            {
                "name": "Tiếp nhận hồ sơ",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Phân công thụ lý",
                "actor": "deciding",
                "role": "unit_leader",
                "share": 0.05,
                "agency": None,
            },
            {
                "name": "Thẩm định hồ sơ dự án",
                "actor": "deciding",
                "role": "specialist",
                "share": 0.75,
                "agency": None,
            },
            {
                "name": "Phê duyệt, ký kết quả",
                "actor": "deciding",
                "role": "agency_leader",
                "share": 0.1,
                "agency": None,
            },
            {
                "name": "Trả kết quả",
                "actor": "reception",
                "role": "reception_officer",
                "share": 0.05,
                "agency": None,
            },
        ],
    },
]


# Demo accounts (passwords are set by the loader).
DEMO_LOGINS = [
    {
        "username": "congdan",
        "full_name": "Hoàng Văn Minh",
        "kind": "citizen",
        "agency": None,
        "roles": [],
        "id_number": "020085314627",
        "tax_code": "",
        "representative": "",
        "phone": "0915286347",
        "email": "hoang.van.minh@example.com",
        "address": "Thôn Nà Chuông, xã Quảng Lạc, tỉnh Lạng Sơn",
        "description": (
            "Công dân ở xã Quảng Lạc: nộp hồ sơ trực tuyến, tra cứu, đánh giá sự hài "
            "lòng"
        ),
    },
    {
        "username": "doanhnghiep",
        "full_name": "Công ty TNHH Thương mại Nông sản Xứ Lạng",
        "kind": "organisation",
        "agency": None,
        "roles": [],
        "id_number": "",
        "tax_code": "4901772129",
        "representative": "Nông Thị Lan",
        "phone": "0983456120",
        "email": "lienhe.nongsanxulang@example.com",
        "address": "Số 18 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "description": (
            "Doanh nghiệp buôn bán thuốc thú y, nông sản: nộp hồ sơ của tổ chức"
        ),
    },
    {
        "username": "tiepnhan",
        "full_name": "Lý Thị Thu Hà",
        "kind": "official",
        "agency": "000.00.70.H37",
        "roles": ["reception_officer"],
        "id_number": "020190245318",
        "tax_code": "",
        "representative": "",
        "phone": "0946217385",
        "email": "ha.ltt@example.com",
        "address": "Số 27 đường Trần Đăng Ninh, phường Tam Thanh, tỉnh Lạng Sơn",
        "description": (
            "Cán bộ tiếp nhận tại quầy Trung tâm Phục vụ hành chính công tỉnh"
        ),
    },
    {
        "username": "chuyenvien",
        "full_name": "Vi Văn Hùng",
        "kind": "official",
        "agency": "000.00.12.H37",
        "roles": ["specialist"],
        "id_number": "020087136452",
        "tax_code": "",
        "representative": "",
        "phone": "0978340216",
        "email": "hung.vv@example.com",
        "address": "Số 9 ngõ 4 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "description": "Chuyên viên thụ lý hồ sơ của Sở Nông nghiệp và Môi trường",
    },
    {
        "username": "lanhdao",
        "full_name": "Lương Văn Quý",
        "kind": "official",
        "agency": "000.00.12.H37",
        "roles": ["agency_leader", "unit_leader"],
        "id_number": "020076402913",
        "tax_code": "",
        "representative": "",
        "phone": "0912604538",
        "email": "quy.lv@example.com",
        "address": "Số 41 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "description": (
            "Lãnh đạo Sở Nông nghiệp và Môi trường: phân công, phê duyệt, ký kết quả"
        ),
    },
    {
        "username": "tiepnhanxa",
        "full_name": "Hà Thị Ngọc",
        "kind": "official",
        "agency": "000.91.01.H37",
        "roles": ["reception_officer"],
        "id_number": "020193508264",
        "tax_code": "",
        "representative": "",
        "phone": "0362814075",
        "email": "ngoc.ht@example.com",
        "address": "Thôn Pò Mỏ, xã Quảng Lạc, tỉnh Lạng Sơn",
        "description": (
            "Công chức Bộ phận Một cửa xã Quảng Lạc: tiếp nhận và trả kết quả"
        ),
    },
    {
        "username": "quantri",
        "full_name": "Nguyễn Đức Anh",
        "kind": "official",
        "agency": "000.00.00.H37",
        "roles": ["province_admin"],
        "id_number": "020088627140",
        "tax_code": "",
        "representative": "",
        "phone": "0983125706",
        "email": "anh.nd@example.com",
        "address": "Số 15 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "description": (
            "Quản trị hệ thống cấp tỉnh: danh mục thủ tục, cơ quan, tài khoản, lịch "
            "làm việc"
        ),
    },
    {
        "username": "thanhtra",
        "full_name": "Chu Văn Thành",
        "kind": "official",
        "agency": "000.00.00.H37",
        "roles": ["inspector"],
        "id_number": "020081940375",
        "tax_code": "",
        "representative": "",
        "phone": "0868402917",
        "email": "thanh.cv@example.com",
        "address": "Số 6 đường Ngô Quyền, phường Đông Kinh, tỉnh Lạng Sơn",
        "description": (
            "Thanh tra, kiểm tra: xem hồ sơ, báo cáo chỉ số, không sửa dữ liệu"
        ),
    },
    {
        "username": "huongdan",
        "full_name": "Lộc Thị Mai",
        "kind": "official",
        "agency": "000.91.01.H37",
        "roles": ["guidance_member"],
        "id_number": "020197415820",
        "tax_code": "",
        "representative": "",
        "phone": "0389527140",
        "email": "mai.lt@example.com",
        "address": "Thôn Nà Lệnh, xã Quảng Lạc, tỉnh Lạng Sơn",
        "description": (
            "Thành viên tổ hướng dẫn: nộp hồ sơ trực tuyến thay người dân tại xã Quảng "
            "Lạc"
        ),
    },
]


# Fictional applicants for generated dossiers: 25 people and 6 organisations.
CITIZENS = [
    {
        "username": "hang.ntt92",
        "full_name": "Nông Thị Thu Hằng",
        "kind": "citizen",
        "id_number": "020192221035",
        "tax_code": "",
        "representative": "",
        "birth_date": "1992-11-05",
        "gender": "female",
        "phone": "0913740653",
        "email": "hang.ntt92@example.com",
        "address": "Thôn Pò Mỏ, xã Quảng Lạc, tỉnh Lạng Sơn",
        "commune": "000.00.91.H37",
    },
    {
        "username": "duc.lv78",
        "full_name": "Lương Văn Đức",
        "kind": "citizen",
        "id_number": "020078327894",
        "tax_code": "",
        "representative": "",
        "birth_date": "1978-11-14",
        "gender": "male",
        "phone": "0971512114",
        "email": "duc.lv78@example.com",
        "address": "Thôn Nà Chuông, xã Quảng Lạc, tỉnh Lạng Sơn",
        "commune": "000.00.91.H37",
    },
    {
        "username": "hoa.vt88",
        "full_name": "Vi Thị Hoa",
        "kind": "citizen",
        "id_number": "020188916274",
        "tax_code": "",
        "representative": "",
        "birth_date": "1988-06-24",
        "gender": "female",
        "phone": "0984839349",
        "email": "hoa.vt88@example.com",
        "address": "Số 25 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "commune": "000.00.82.H37",
    },
    {
        "username": "thinh.hd95",
        "full_name": "Hoàng Đức Thịnh",
        "kind": "citizen",
        "id_number": "020095590394",
        "tax_code": "",
        "representative": "",
        "birth_date": "1995-10-17",
        "gender": "male",
        "phone": "0818229096",
        "email": "thinh.hd95@example.com",
        "address": "Số 45 đường Trần Đăng Ninh, phường Đông Kinh, tỉnh Lạng Sơn",
        "commune": "000.00.81.H37",
    },
    {
        "username": "khanh.lv69",
        "full_name": "Lăng Văn Khánh",
        "kind": "citizen",
        "id_number": "020069534836",
        "tax_code": "",
        "representative": "",
        "birth_date": "1969-10-02",
        "gender": "male",
        "phone": "0367660741",
        "email": "khanh.lv69@example.com",
        "address": "Thôn Pác Luống, xã Cao Lộc, tỉnh Lạng Sơn",
        "commune": "000.00.85.H37",
    },
    {
        "username": "men.tt01",
        "full_name": "Triệu Thị Mến",
        "kind": "citizen",
        "id_number": "020301728669",
        "tax_code": "",
        "representative": "",
        "birth_date": "2001-12-24",
        "gender": "female",
        "phone": "0837462267",
        "email": "men.tt01@example.com",
        "address": "Thôn Khuổi Tát, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "commune": "000.00.90.H37",
    },
    {
        "username": "tung.cv83",
        "full_name": "Chu Văn Tùng",
        "kind": "citizen",
        "id_number": "020083762710",
        "tax_code": "",
        "representative": "",
        "birth_date": "1983-08-12",
        "gender": "male",
        "phone": "0949590172",
        "email": "tung.cv83@example.com",
        "address": "Khối 1, xã Đồng Đăng, tỉnh Lạng Sơn",
        "commune": "000.00.86.H37",
    },
    {
        "username": "lien.ht75",
        "full_name": "Hà Thị Liên",
        "kind": "citizen",
        "id_number": "020175962730",
        "tax_code": "",
        "representative": "",
        "birth_date": "1975-06-19",
        "gender": "female",
        "phone": "0857193546",
        "email": "lien.ht75@example.com",
        "address": "Khối Mới, xã Na Sầm, tỉnh Lạng Sơn",
        "commune": "000.00.87.H37",
    },
    {
        "username": "huong.ntt90",
        "full_name": "Nguyễn Thị Thanh Hương",
        "kind": "citizen",
        "id_number": "020190897665",
        "tax_code": "",
        "representative": "",
        "birth_date": "1990-02-25",
        "gender": "female",
        "phone": "0858819883",
        "email": "huong.ntt90@example.com",
        "address": "Số 12 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn",
        "commune": "000.00.83.H37",
    },
    {
        "username": "bao.tq87",
        "full_name": "Trần Quốc Bảo",
        "kind": "citizen",
        "id_number": "020087539636",
        "tax_code": "",
        "representative": "",
        "birth_date": "1987-10-14",
        "gender": "male",
        "phone": "0916341330",
        "email": "bao.tq87@example.com",
        "address": "Số 30 đường Kỳ Lừa, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "commune": "000.00.84.H37",
    },
    {
        "username": "son.lv72",
        "full_name": "Lộc Văn Sơn",
        "kind": "citizen",
        "id_number": "020072467854",
        "tax_code": "",
        "representative": "",
        "birth_date": "1972-02-21",
        "gender": "male",
        "phone": "0398496749",
        "email": "son.lv72@example.com",
        "address": "Khu Minh Khai, xã Lộc Bình, tỉnh Lạng Sơn",
        "commune": "000.00.89.H37",
    },
    {
        "username": "ngan.mt98",
        "full_name": "Mã Thị Ngân",
        "kind": "citizen",
        "id_number": "020198107137",
        "tax_code": "",
        "representative": "",
        "birth_date": "1998-05-20",
        "gender": "female",
        "phone": "0866561163",
        "email": "ngan.mt98@example.com",
        "address": "Thôn Bản Chu, xã Lộc Bình, tỉnh Lạng Sơn",
        "commune": "000.00.89.H37",
    },
    {
        "username": "chien.dv65",
        "full_name": "Đàm Văn Chiến",
        "kind": "citizen",
        "id_number": "020065195080",
        "tax_code": "",
        "representative": "",
        "birth_date": "1965-09-23",
        "gender": "male",
        "phone": "0389407054",
        "email": "chien.dv65@example.com",
        "address": "Khu An Ninh, xã Hữu Lũng, tỉnh Lạng Sơn",
        "commune": "000.00.88.H37",
    },
    {
        "username": "nhung.bt93",
        "full_name": "Bế Thị Nhung",
        "kind": "citizen",
        "id_number": "020193386811",
        "tax_code": "",
        "representative": "",
        "birth_date": "1993-03-12",
        "gender": "female",
        "phone": "0853474073",
        "email": "nhung.bt93@example.com",
        "address": "Thôn Nà Lệnh, xã Quảng Lạc, tỉnh Lạng Sơn",
        "commune": "000.00.91.H37",
    },
    {
        "username": "loi.vv02",
        "full_name": "Vy Văn Lợi",
        "kind": "citizen",
        "id_number": "020202126658",
        "tax_code": "",
        "representative": "",
        "birth_date": "2002-05-01",
        "gender": "male",
        "phone": "0831926005",
        "email": "loi.vv02@example.com",
        "address": "Thôn Khòn Khuyên, xã Quảng Lạc, tỉnh Lạng Sơn",
        "commune": "000.00.91.H37",
    },
    {
        "username": "phuong.ht80",
        "full_name": "Hứa Thị Phượng",
        "kind": "citizen",
        "id_number": "020180024200",
        "tax_code": "",
        "representative": "",
        "birth_date": "1980-05-06",
        "gender": "female",
        "phone": "0399812173",
        "email": "phuong.ht80@example.com",
        "address": "Số 8 ngõ 2 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
        "commune": "000.00.81.H37",
    },
    {
        "username": "hai.dv91",
        "full_name": "Dương Văn Hải",
        "kind": "citizen",
        "id_number": "020091750091",
        "tax_code": "",
        "representative": "",
        "birth_date": "1991-08-21",
        "gender": "male",
        "phone": "0365121012",
        "email": "hai.dv91@example.com",
        "address": "Khối 3, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "commune": "000.00.82.H37",
    },
    {
        "username": "xuan.lt86",
        "full_name": "Lành Thị Xuân",
        "kind": "citizen",
        "id_number": "020186263669",
        "tax_code": "",
        "representative": "",
        "birth_date": "1986-11-27",
        "gender": "female",
        "phone": "0944654859",
        "email": "xuan.lt86@example.com",
        "address": "Thôn Pò Phấy, xã Na Sầm, tỉnh Lạng Sơn",
        "commune": "000.00.87.H37",
    },
    {
        "username": "quang.tv79",
        "full_name": "Tô Văn Quang",
        "kind": "citizen",
        "id_number": "020079499491",
        "tax_code": "",
        "representative": "",
        "birth_date": "1979-07-09",
        "gender": "male",
        "phone": "0383145898",
        "email": "quang.tv79@example.com",
        "address": "Khối 4, xã Cao Lộc, tỉnh Lạng Sơn",
        "commune": "000.00.85.H37",
    },
    {
        "username": "ngoc.ptm96",
        "full_name": "Phạm Thị Minh Ngọc",
        "kind": "citizen",
        "id_number": "020196193198",
        "tax_code": "",
        "representative": "",
        "birth_date": "1996-02-01",
        "gender": "female",
        "phone": "0368447930",
        "email": "ngoc.ptm96@example.com",
        "address": "Số 7 đường Ngô Thì Sỹ, phường Tam Thanh, tỉnh Lạng Sơn",
        "commune": "000.00.83.H37",
    },
    {
        "username": "thai.lv84",
        "full_name": "Lạc Văn Thái",
        "kind": "citizen",
        "id_number": "020084195261",
        "tax_code": "",
        "representative": "",
        "birth_date": "1984-04-27",
        "gender": "male",
        "phone": "0861717820",
        "email": "thai.lv84@example.com",
        "address": "Khối 2, xã Đồng Đăng, tỉnh Lạng Sơn",
        "commune": "000.00.86.H37",
    },
    {
        "username": "duyen.mt94",
        "full_name": "Ma Thị Duyên",
        "kind": "citizen",
        "id_number": "020194734790",
        "tax_code": "",
        "representative": "",
        "birth_date": "1994-03-12",
        "gender": "female",
        "phone": "0861072242",
        "email": "duyen.mt94@example.com",
        "address": "Thôn Lân Bông, xã Hữu Lũng, tỉnh Lạng Sơn",
        "commune": "000.00.88.H37",
    },
    {
        "username": "long.dv70",
        "full_name": "Đỗ Văn Long",
        "kind": "citizen",
        "id_number": "020070677053",
        "tax_code": "",
        "representative": "",
        "birth_date": "1970-05-16",
        "gender": "male",
        "phone": "0351377417",
        "email": "long.dv70@example.com",
        "address": "Khối 8, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "commune": "000.00.84.H37",
    },
    {
        "username": "nhung.lth00",
        "full_name": "Lê Thị Hồng Nhung",
        "kind": "citizen",
        "id_number": "020300429937",
        "tax_code": "",
        "representative": "",
        "birth_date": "2000-08-12",
        "gender": "female",
        "phone": "0380664403",
        "email": "nhung.lth00@example.com",
        "address": "Thôn Khòn Quan, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "commune": "000.00.90.H37",
    },
    {
        "username": "yen.ht89",
        "full_name": "Hoàng Thị Yến",
        "kind": "citizen",
        "id_number": "020189321574",
        "tax_code": "",
        "representative": "",
        "birth_date": "1989-01-25",
        "gender": "female",
        "phone": "0356724192",
        "email": "yen.ht89@example.com",
        "address": "Thôn Nà Chuông, xã Quảng Lạc, tỉnh Lạng Sơn",
        "commune": "000.00.91.H37",
    },
    {
        "username": "xnk.huunghi",
        "full_name": "Công ty Cổ phần Xuất nhập khẩu Hữu Nghị Xứ Lạng",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901752549",
        "representative": "Lạc Văn Cường",
        "birth_date": "",
        "gender": "",
        "phone": "0914980089",
        "email": "xnk.huunghi@example.com",
        "address": "Khối 1, xã Đồng Đăng, tỉnh Lạng Sơn",
        "commune": "000.00.86.H37",
    },
    {
        "username": "vantai.kylua",
        "full_name": "Công ty TNHH Vận tải Hành khách Kỳ Lừa",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901141395",
        "representative": "Đỗ Minh Tuấn",
        "birth_date": "",
        "gender": "",
        "phone": "0985309776",
        "email": "vantai.kylua@example.com",
        "address": "Số 52 đường Kỳ Lừa, phường Kỳ Lừa, tỉnh Lạng Sơn",
        "commune": "000.00.84.H37",
    },
    {
        "username": "htx.hoique.mauson",
        "full_name": "Hợp tác xã Nông nghiệp Hồi Quế Mẫu Sơn",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901186621",
        "representative": "Triệu Văn Phàm",
        "birth_date": "",
        "gender": "",
        "phone": "0388907348",
        "email": "htx.hoique.mauson@example.com",
        "address": "Thôn Khuổi Tát, xã Mẫu Sơn, tỉnh Lạng Sơn",
        "commune": "000.00.90.H37",
    },
    {
        "username": "xaydung.huulungphat",
        "full_name": "Công ty TNHH Xây dựng và Thương mại Hữu Lũng Phát",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901001126",
        "representative": "Đàm Quang Vinh",
        "birth_date": "",
        "gender": "",
        "phone": "0917809019",
        "email": "xaydung.huulungphat@example.com",
        "address": "Khu An Ninh, xã Hữu Lũng, tỉnh Lạng Sơn",
        "commune": "000.00.88.H37",
    },
    {
        "username": "duoc.dongkinhxanh",
        "full_name": "Công ty TNHH Dược phẩm Đông Kinh Xanh",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901730802",
        "representative": "Hứa Thị Bích",
        "birth_date": "",
        "gender": "",
        "phone": "0968537302",
        "email": "duoc.dongkinhxanh@example.com",
        "address": "Số 21 đường Lý Thái Tổ, phường Đông Kinh, tỉnh Lạng Sơn",
        "commune": "000.00.81.H37",
    },
    {
        "username": "channuoi.nasam",
        "full_name": "Công ty TNHH Chăn nuôi Na Sầm",
        "kind": "organisation",
        "id_number": "",
        "tax_code": "4901285076",
        "representative": "Hà Văn Lực",
        "birth_date": "",
        "gender": "",
        "phone": "0835913738",
        "email": "channuoi.nasam@example.com",
        "address": "Thôn Pò Phấy, xã Na Sầm, tỉnh Lạng Sơn",
        "commune": "000.00.87.H37",
    },
]
