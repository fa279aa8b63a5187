<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/actions.py" line="52"/>
        <source>&amp;Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="53"/>
        <source>&amp;Mở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="54"/>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="55"/>
        <source>Lưu &amp;thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="56"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="57"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="58"/>
        <source>Thoá&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="59"/>
        <source>Mở &amp;gần đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="60"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="61"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="62"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="63"/>
        <source>Tiếng Việt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="64"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="65"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Họ tên / nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Chức vụ, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Khách mời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Lý do vắng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="389"/>
        <source>Thêm người dự</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="24"/>
        <source>Danh sách cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="52"/>
        <source>✓ Không có cảnh báo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="61"/>
        <source>Chưa có số văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="62"/>
        <source>Chưa có ngày ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="63"/>
        <source>Chưa có ngày họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="64"/>
        <source>Chưa ghi người chủ trì cuộc họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="65"/>
        <source>Phòng, đơn vị số %s chưa có tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="67"/>
        <source>%s, nhiệm vụ %s: chưa có thời hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="69"/>
        <source>%s, nhiệm vụ %s: thời hạn %s trước ngày họp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="260"/>
        <location filename="../../gui/qt/sections.py" line="263"/>
        <source>Câu kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="261"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="264"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="265"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="267"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="270"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="273"/>
        <location filename="../../gui/qt/sections.py" line="274"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="275"/>
        <location filename="../../gui/qt/sections.py" line="276"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="278"/>
        <location filename="../../gui/qt/sections.py" line="279"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="281"/>
        <location filename="../../gui/qt/sections.py" line="282"/>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="283"/>
        <source>Họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="287"/>
        <location filename="../../gui/qt/sections.py" line="288"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="289"/>
        <location filename="../../gui/qt/sections.py" line="290"/>
        <source>Số bản phát hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="293"/>
        <source>Tin bài trên trang thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="295"/>
        <source>Tiêu đề tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="296"/>
        <source>Ngày đăng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="297"/>
        <location filename="../../gui/qt/sections.py" line="298"/>
        <source>Bút danh, tác giả</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="113"/>
        <source>Mở đầu, căn cứ (mỗi dòng một đoạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="116"/>
        <source>Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="117"/>
        <source>Mở đầu, căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="118"/>
        <source>Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="121"/>
        <source>Diễn biến cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="122"/>
        <source>Báo cáo và ý kiến phát biểu (theo diễn biến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="125"/>
        <source>Kết quả đạt được (mỗi dòng một đoạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="126"/>
        <source>Hạn chế, tồn tại (mỗi dòng một đoạn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="426"/>
        <source>Phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="429"/>
        <source>Thêm phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="434"/>
        <source>(chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectivesSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="141"/>
        <source>Chỉ đạo chung (mỗi dòng một đoạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="143"/>
        <source>Chỉ đạo chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="146"/>
        <source>Phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="151"/>
        <source>Thêm từ hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="152"/>
        <source>Thêm phòng, đơn vị từ hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="158"/>
        <source>Phòng, đơn vị được giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="163"/>
        <location filename="../../gui/qt/sections.py" line="167"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="208"/>
        <source>(hồ sơ chưa có danh sách phòng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="226"/>
        <source>Nhiệm vụ của: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="227"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Người phát biểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="416"/>
        <source>Thêm ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../gui/qt/fields.py" line="207"/>
        <source>Sửa «%s»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="51"/>
        <location filename="../../gui/qt/sections.py" line="52"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="53"/>
        <source>vd. UBND TỈNH QUẢNG NINH (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="54"/>
        <location filename="../../gui/qt/sections.py" line="55"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="56"/>
        <location filename="../../gui/qt/sections.py" line="57"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="58"/>
        <location filename="../../gui/qt/sections.py" line="59"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="60"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="61"/>
        <source>Địa danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="62"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="63"/>
        <location filename="../../gui/qt/sections.py" line="66"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="64"/>
        <source>Kết luận của … tại cuộc họp …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="95"/>
        <source>Thêm dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="214"/>
        <source>Sửa «%s»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="248"/>
        <location filename="../../gui/qt/models.py" line="267"/>
        <source>Xóa dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="253"/>
        <source>Chuyển dòng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="68"/>
        <source>Đầu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="69"/>
        <source>Cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="70"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="71"/>
        <source>Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="72"/>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="77"/>
        <source>Xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="80"/>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="107"/>
        <source>(ký trực tiếp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="108"/>
        <source>TM. — thay mặt tập thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="109"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="110"/>
        <source>TL. — thừa lệnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="111"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="112"/>
        <source>Q. — quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="113"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="127"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="139"/>
        <source>&amp;Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="142"/>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="144"/>
        <source>Khung &amp;xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="148"/>
        <source>Khung &amp;kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="151"/>
        <source>&amp;Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="155"/>
        <source>&amp;Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="159"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="182"/>
        <location filename="../../gui/qt/mainwindow.py" line="193"/>
        <source>Chưa đặt tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="187"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="195"/>
        <source>Lưu thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="196"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="211"/>
        <source>Mở biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="223"/>
        <source>Không mở được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="241"/>
        <source>Lưu biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="258"/>
        <source>Không lưu được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="261"/>
        <source>Đã lưu %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="272"/>
        <source>Tệp không tồn tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="273"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="274"/>
        <source>Không đọc được tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="275"/>
        <source>Tệp quá lớn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="276"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="277"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="278"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="279"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="280"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="282"/>
        <source>Trường: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="284"/>
        <source>Chi tiết: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="296"/>
        <source>(trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="348"/>
        <source>Không mở được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="353"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="389"/>
        <source>Không lưu được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="397"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="398"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="426"/>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="427"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="430"/>
        <source>Giới thiệu Bienban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="431"/>
        <source>Bienban %s — soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="80"/>
        <location filename="../../gui/qt/sections.py" line="81"/>
        <source>Tên cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="82"/>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="84"/>
        <source>Giờ bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="85"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="86"/>
        <source>Giờ kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="88"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="89"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="92"/>
        <source>họ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="93"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="94"/>
        <source>chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="95"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="97"/>
        <source>Thành phần tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="98"/>
        <source>Thành phần tham dự và khách mời</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/qt/preview.py" line="30"/>
        <source>Thông báo kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="31"/>
        <source>Biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="32"/>
        <source>Tin bài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="34"/>
        <source>Loại văn bản xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="38"/>
        <source>Xem trước văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="44"/>
        <source>Xem trước:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="28"/>
        <source>Hồ sơ cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="46"/>
        <source>Tên hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="47"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="48"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="49"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="50"/>
        <source>Địa danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="51"/>
        <source>Phòng, đơn vị (mỗi dòng một)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="56"/>
        <location filename="../../gui/qt/profiledialog.py" line="57"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="58"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="59"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="61"/>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="62"/>
        <source>Họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="63"/>
        <source>Nơi nhận (mỗi dòng một)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="64"/>
        <source>Câu kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="65"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="154"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="156"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="158"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="160"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Hạn (diễn đạt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="462"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="468"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../gui/qt/models.py" line="394"/>
        <source>Có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="394"/>
        <source>Vắng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="395"/>
        <source>Vắng có lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="400"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="401"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="402"/>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="32"/>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="34"/>
        <source>Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
