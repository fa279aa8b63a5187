<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="39"/>
        <source>Hoàn tác</source>
        <translation type="unfinished">Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="42"/>
        <source>Làm lại</source>
        <translation type="unfinished">Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="64"/>
        <source>&amp;Mới</source>
        <translation type="unfinished">&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="65"/>
        <source>&amp;Mở…</source>
        <translation type="unfinished">&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="66"/>
        <source>&amp;Lưu</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="67"/>
        <source>Lưu &amp;thành…</source>
        <translation type="unfinished">Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="68"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished">&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="69"/>
        <source>&amp;In…</source>
        <translation type="unfinished">&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="70"/>
        <source>Xem trước khi &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="71"/>
        <source>&amp;Xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="72"/>
        <source>Thông báo &amp;kết luận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="73"/>
        <source>&amp;Biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="74"/>
        <source>&amp;Tin bài…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="75"/>
        <source>Thoá&amp;t</source>
        <translation type="unfinished">E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="76"/>
        <source>Mở &amp;gần đây</source>
        <translation type="unfinished">Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="77"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation type="unfinished">Choose &amp;agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="78"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation type="unfinished">&amp;Edit agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="79"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation type="unfinished">&amp;Open profile from file…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="80"/>
        <source>Tiếng Việt</source>
        <translation type="unfinished">Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="81"/>
        <source>English</source>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="83"/>
        <source>&amp;Tự động lưu bản khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="84"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation type="unfinished">&amp;About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="85"/>
        <source>&amp;Sổ theo dõi nhiệm vụ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="87"/>
        <source>Chọn &amp;thư mục lưu trữ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="89"/>
        <source>Tạo cuộc họp &amp;kỳ tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="91"/>
        <source>Lấy &amp;số văn bản tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="392"/>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="392"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="392"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="393"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="393"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="393"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="399"/>
        <source>Thêm người dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="224"/>
        <source>Biểu đồ thực hiện nhiệm vụ theo phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="26"/>
        <source>Danh sách cảnh báo</source>
        <translation>List of warnings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="54"/>
        <source>✓ Không có cảnh báo.</source>
        <translation>✓ No warnings.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="63"/>
        <source>Chưa có số văn bản.</source>
        <translation>No document number yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="64"/>
        <source>Chưa có ngày ban hành.</source>
        <translation>No issue date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="65"/>
        <source>Chưa có ngày họp.</source>
        <translation>No meeting date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="66"/>
        <source>Chưa ghi người chủ trì cuộc họp.</source>
        <translation>The meeting chair has not been entered.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="67"/>
        <source>Phòng, đơn vị số %s chưa có tên.</source>
        <translation>Department no. %s has no name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="69"/>
        <source>%s, nhiệm vụ %s: chưa có thời hạn.</source>
        <translation>%s, task %s: no deadline set.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="71"/>
        <source>%s, nhiệm vụ %s: thời hạn %s trước ngày họp.</source>
        <translation>%s, task %s: deadline %s is before the meeting date.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="73"/>
        <source>Số %s đã dùng cho văn bản cùng loại trong năm: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="275"/>
        <location filename="../../gui/qt/sections.py" line="278"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="276"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation>… hereby notifies the departments for their information and implementation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="279"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="280"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation>One recipient per line; last line: Lưu: VT, …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="282"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="285"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="288"/>
        <location filename="../../gui/qt/sections.py" line="289"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="290"/>
        <location filename="../../gui/qt/sections.py" line="291"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="293"/>
        <location filename="../../gui/qt/sections.py" line="294"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="296"/>
        <location filename="../../gui/qt/sections.py" line="297"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="298"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="302"/>
        <location filename="../../gui/qt/sections.py" line="303"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="304"/>
        <location filename="../../gui/qt/sections.py" line="305"/>
        <source>Số bản phát hành</source>
        <translation>Number of copies issued</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="308"/>
        <source>Tin bài trên trang thông tin</source>
        <translation>News item for the website</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="310"/>
        <source>Tiêu đề tin</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="311"/>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="312"/>
        <location filename="../../gui/qt/sections.py" line="313"/>
        <source>Bút danh, tác giả</source>
        <translation>Author, pen name</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="119"/>
        <source>Mở đầu, căn cứ (mỗi dòng một đoạn)</source>
        <translation>Opening and grounds (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="122"/>
        <source>Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần</source>
        <translation>Write the opening sentence automatically from the meeting date, chair and attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="123"/>
        <source>Mở đầu, căn cứ</source>
        <translation>Opening and grounds</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="124"/>
        <source>Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:</source>
        <translation>Having reviewed …, and after hearing the report on …, Comrade … concluded as follows:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="127"/>
        <source>Tình hình thực hiện nhiệm vụ kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="129"/>
        <source>Tại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="130"/>
        <source>Thông báo số … ngày …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="131"/>
        <source>Nhiệm vụ kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="134"/>
        <source>Diễn biến cuộc họp</source>
        <translation>Meeting proceedings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="135"/>
        <source>Báo cáo và ý kiến phát biểu (theo diễn biến)</source>
        <translation>Reports and contributions (in order of proceedings)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="138"/>
        <source>Kết quả đạt được (mỗi dòng một đoạn)</source>
        <translation>Results achieved (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="139"/>
        <source>Hạn chế, tồn tại (mỗi dòng một đoạn)</source>
        <translation>Shortcomings and outstanding issues (one paragraph per line)</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="437"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="440"/>
        <source>Thêm phòng, đơn vị</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="445"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="95"/>
        <source>Mở chỉ để đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="104"/>
        <source>Tải lại từ đĩa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="105"/>
        <source>Giữ bản đang mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="132"/>
        <source>Khôi phục công việc chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="135"/>
        <source>Các bản khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="137"/>
        <source>(văn bản chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="140"/>
        <source>%s — bản khôi phục bị hỏng: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="142"/>
        <source>%s — lưu tự động lúc %s, %d thay đổi chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="152"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="153"/>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="157"/>
        <source>Bienban đã không đóng bình thường. Có thể khôi phục các văn bản sau (chúng sẽ mở ở trạng thái chưa lưu):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectivesSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="154"/>
        <source>Chỉ đạo chung (mỗi dòng một đoạn)</source>
        <translation>General directions (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="156"/>
        <source>Chỉ đạo chung</source>
        <translation>General directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="159"/>
        <source>Phòng, đơn vị</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="164"/>
        <source>Thêm từ hồ sơ…</source>
        <translation>Add from profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="165"/>
        <source>Thêm phòng, đơn vị từ hồ sơ cơ quan</source>
        <translation>Add departments from the agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="171"/>
        <source>Phòng, đơn vị được giao</source>
        <translation>Assigned departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="176"/>
        <location filename="../../gui/qt/sections.py" line="180"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="221"/>
        <source>(hồ sơ chưa có danh sách phòng)</source>
        <translation>(the profile has no department list)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="239"/>
        <source>(chưa đặt tên)</source>
        <translation type="unfinished">(unnamed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="240"/>
        <source>Nhiệm vụ của: %s</source>
        <translation>Tasks for: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="242"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation>Tasks (select a department on the left)</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="424"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="424"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="427"/>
        <source>Thêm ý kiến</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="72"/>
        <source>Đã xảy ra lỗi không mong muốn: %s

Công việc chưa lưu đã được ghi vào bản khôi phục (%d văn bản). Chi tiết ở %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="77"/>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="89"/>
        <source>Lưu văn bản ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="91"/>
        <source>Tiếp tục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../gui/qt/fields.py" line="228"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="57"/>
        <location filename="../../gui/qt/sections.py" line="58"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="59"/>
        <source>vd. UBND TỈNH QUẢNG NINH (nếu có)</source>
        <translation>e.g. UBND TỈNH QUẢNG NINH (if any)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="60"/>
        <location filename="../../gui/qt/sections.py" line="61"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="62"/>
        <location filename="../../gui/qt/sections.py" line="63"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="64"/>
        <location filename="../../gui/qt/sections.py" line="65"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation>Document type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="66"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="67"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="68"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="69"/>
        <location filename="../../gui/qt/sections.py" line="72"/>
        <source>Trích yếu</source>
        <translation>Summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="70"/>
        <source>Kết luận của … tại cuộc họp …</source>
        <translation>Conclusions of … at the meeting …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/qt/models.py" line="404"/>
        <source>Có mặt</source>
        <translation type="unfinished">Present</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="405"/>
        <source>Vắng</source>
        <translation type="unfinished">Absent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="406"/>
        <source>Vắng có lý do</source>
        <translation type="unfinished">Absent (excused)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="411"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished">Not started</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="412"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished">In progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Hoàn thành</source>
        <translation type="unfinished">Completed</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../gui/qt/library.py" line="121"/>
        <source>«%s» đang được mở để sửa (%s); chưa ghi được.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="105"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="224"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="258"/>
        <location filename="../../gui/qt/models.py" line="277"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="263"/>
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="91"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="92"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="93"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="94"/>
        <source>Chỉ đạo</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="95"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="101"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="104"/>
        <source>Kiểm tra</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="133"/>
        <source>(ký trực tiếp)</source>
        <translation>(signing directly)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="134"/>
        <source>TM. — thay mặt tập thể</source>
        <translation>TM. — on behalf of the collective</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="135"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation>KT. — signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="136"/>
        <source>TL. — thừa lệnh</source>
        <translation>TL. — by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="137"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation>TUQ. — by delegation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="138"/>
        <source>Q. — quyền</source>
        <translation>Q. — acting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="139"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation>TL. … / KT. … — by order of, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="153"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="172"/>
        <location filename="../../gui/qt/mainwindow.py" line="648"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="175"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="177"/>
        <source>Khung &amp;xem trước</source>
        <translation>&amp;Preview pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="181"/>
        <source>Khung &amp;kiểm tra</source>
        <translation>&amp;Checks pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="184"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="188"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="192"/>
        <source>&amp;Theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="198"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="230"/>
        <location filename="../../gui/qt/mainwindow.py" line="243"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="232"/>
        <source>[chỉ đọc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="237"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation>Meeting minutes (*%s *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="245"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="246"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>“%s” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="263"/>
        <source>Mở biên bản</source>
        <translation>Open minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="279"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="286"/>
        <source>tiến trình %d trên máy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="287"/>
        <source>một người khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="289"/>
        <source>Tệp đang được mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="290"/>
        <source>«%s» đang được mở để sửa bởi %s.

Mở chỉ để đọc (lưu thành tệp khác), hoặc hủy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="323"/>
        <source>Lưu biên bản</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="340"/>
        <location filename="../../gui/qt/mainwindow.py" line="371"/>
        <source>Tệp đã thay đổi trên đĩa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="341"/>
        <source>«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản đó bằng bản của bạn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="347"/>
        <location filename="../../gui/qt/mainwindow.py" line="354"/>
        <source>Không lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="348"/>
        <source>«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="360"/>
        <source>Đã lưu %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="368"/>
        <source>«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="372"/>
        <source>«%s» vừa được thay đổi bởi chương trình hoặc người khác.

Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="374"/>
        <source> (mất các thay đổi chưa lưu của bạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="380"/>
        <source>Không tải lại được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="411"/>
        <source>Tệp không tồn tại.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="412"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation>This is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="413"/>
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="414"/>
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="415"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="416"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation>The file is not a Bienban minutes file (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="417"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation>The file’s content is invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="418"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation>The file was created by a newer version of Bienban.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="419"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation>Writing the file failed; the existing file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="421"/>
        <source>Trường: %s</source>
        <translation>Field: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="423"/>
        <source>Chi tiết: %s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="435"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="487"/>
        <source>Không mở được hồ sơ</source>
        <translation>Could not open the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="492"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation>Agency profile: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="530"/>
        <source>Không lưu được hồ sơ</source>
        <translation>Could not save the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="538"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation>Open agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="539"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation>Agency profiles (*%s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="579"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="580"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="581"/>
        <source>Văn bản thuần UTF-8 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="582"/>
        <source>Trang web HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="589"/>
        <source>Xuất văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="599"/>
        <source>Ghi đè?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="599"/>
        <source>«%s» đã có. Ghi đè lên tệp đó?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="607"/>
        <source>Không xuất được văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="609"/>
        <location filename="../../gui/qt/mainwindow.py" line="682"/>
        <source>Đã xuất %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="616"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="617"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo.</source>
        <translation>The new language will be used the next time Bienban is started.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="645"/>
        <source>Sổ theo dõi nhiệm vụ — Bienban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="649"/>
        <source>Hoàn tác</source>
        <translation type="unfinished">Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="651"/>
        <source>Làm lại</source>
        <translation type="unfinished">Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="655"/>
        <source>&amp;Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="662"/>
        <source>Không cập nhật được nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="673"/>
        <source>Xuất báo cáo vào thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="680"/>
        <source>Không xuất được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="686"/>
        <source>Thư mục lưu trữ biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="731"/>
        <source>Lấy số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="736"/>
        <source>Tự động lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="737"/>
        <source>Ghi công việc chưa lưu vào bản khôi phục sau mỗi (giây):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="744"/>
        <source>Giới thiệu Bienban</source>
        <translation>About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="745"/>
        <source>Bienban %s — soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>Bienban %s — drafting conclusion notices and meeting minutes in accordance with Decree 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="86"/>
        <location filename="../../gui/qt/sections.py" line="87"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="88"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="91"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="92"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="94"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="95"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="96"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="96"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="98"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="99"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="100"/>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="101"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="103"/>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="104"/>
        <source>Thành phần tham dự và khách mời</source>
        <translation>Attendees and guests</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/qt/preview.py" line="44"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="45"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="46"/>
        <source>Tin bài</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="48"/>
        <source>Loại văn bản xem trước</source>
        <translation>Document type to preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="51"/>
        <source>Trang in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="52"/>
        <source>Văn bản thuần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="53"/>
        <source>Cách xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="58"/>
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="66"/>
        <source>Xem trước trang in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="74"/>
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="133"/>
        <source>[… còn %d đoạn nữa — xem toàn bộ trong Tệp → Xem trước khi in]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="28"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="46"/>
        <source>Tên hồ sơ</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="47"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="48"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="49"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="50"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="51"/>
        <source>Phòng, đơn vị (mỗi dòng một)</source>
        <translation>Departments (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="56"/>
        <location filename="../../gui/qt/profiledialog.py" line="57"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="58"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="59"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="61"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="62"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="63"/>
        <source>Nơi nhận (mỗi dòng một)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="64"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="65"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="514"/>
        <source>Phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="514"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="514"/>
        <source>Hạn</source>
        <translation type="unfinished">Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="515"/>
        <source>Hạn (diễn đạt)</source>
        <translation type="unfinished">Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="515"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="515"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished">Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="516"/>
        <source>Kết quả, ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="522"/>
        <source>Thêm nhiệm vụ kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="154"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="156"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="158"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="160"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="472"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="472"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="472"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="473"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="479"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>TrackedTasksModel</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="84"/>
        <source>Cuộc họp</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="84"/>
        <source>Ngày họp</source>
        <translation type="unfinished">Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="84"/>
        <source>Số</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="84"/>
        <source>Phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="85"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="85"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="85"/>
        <source>Phối hợp</source>
        <translation type="unfinished">Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="85"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="86"/>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="86"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished">Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="86"/>
        <source>Còn / quá (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="148"/>
        <source>quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="150"/>
        <source>trễ hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="157"/>
        <source>quá %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="284"/>
        <source>Tìm (không cần dấu): vd. tien do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="285"/>
        <source>Tìm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="288"/>
        <source>Lọc theo phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="290"/>
        <source>Lọc theo tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="291"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="294"/>
        <source>Chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="296"/>
        <source>Lọc theo cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="298"/>
        <source>Thời hạn từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="300"/>
        <source>Thời hạn đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="306"/>
        <source>Tìm, lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="309"/>
        <source>Thời hạn từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="311"/>
        <location filename="../../gui/qt/tracking.py" line="364"/>
        <source>đến</source>
        <translation type="unfinished">to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="314"/>
        <source>Cuộc họp</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="328"/>
        <source>Danh sách nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="337"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="341"/>
        <source>Kỳ thống kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="342"/>
        <source>Toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="342"/>
        <source>Tháng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="343"/>
        <source>Quý này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="343"/>
        <source>Năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="344"/>
        <source>Tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="347"/>
        <source>Từ ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="349"/>
        <source>Đến ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="351"/>
        <source>Thống kê theo phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="354"/>
        <source>Phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="354"/>
        <source>Tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="357"/>
        <source>Xuất Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="358"/>
        <source>Xuất CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="360"/>
        <source>Kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="362"/>
        <source>từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="376"/>
        <source>Thống kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="380"/>
        <source>Tệp không đọc được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="381"/>
        <source>Tệp lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="403"/>
        <source>Thư mục lưu trữ: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="405"/>
        <source>Mọi phòng, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="407"/>
        <source>Mọi cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="422"/>
        <source>Tệp lỗi (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="444"/>
        <source>%d nhiệm vụ, %d quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../gui/qt/library.py" line="152"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/qt/library.py" line="110"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
